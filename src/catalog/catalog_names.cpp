#include "motcua/catalog/catalog_names.hpp"

#include <array>
#include <utility>

namespace motcua::catalog {

namespace {

template <class E, size_t N>
std::string_view name_in(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, name] : table)
    if (v == value) return name;
  return table[0].second;
}

template <class E, size_t N>
std::optional<E> value_in(const std::array<std::pair<E, std::string_view>, N>& table,
                          std::string_view name) {
  for (const auto& [v, n] : table)
    if (n == name) return v;
  return std::nullopt;
}

constexpr std::array<std::pair<Level, std::string_view>, 4> kLevels{{
    {Level::ministry, "ministry"},
    {Level::province, "province"},
    {Level::commune, "commune"},
    {Level::other, "other"},
}};

constexpr std::array<std::pair<Channel, std::string_view>, 3> kChannels{{
    {Channel::counter, "counter"},
    {Channel::online, "online"},
    {Channel::postal, "postal"},
}};

constexpr std::array<std::pair<ProcedureStatus, std::string_view>, 3> kStatuses{{
    {ProcedureStatus::active, "active"},
    {ProcedureStatus::abolished, "abolished"},
    {ProcedureStatus::replaced, "replaced"},
}};

}  // namespace

std::string_view level_name(Level level) { return name_in(kLevels, level); }
std::optional<Level> parse_level_name(std::string_view name) { return value_in(kLevels, name); }

std::string_view channel_name(Channel channel) { return name_in(kChannels, channel); }
std::optional<Channel> parse_channel_name(std::string_view name) {
  return value_in(kChannels, name);
}

std::string_view status_name(ProcedureStatus status) { return name_in(kStatuses, status); }
std::optional<ProcedureStatus> parse_status_name(std::string_view name) {
  return value_in(kStatuses, name);
}

}  // namespace motcua::catalog
