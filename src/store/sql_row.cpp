#include <stdexcept>

#include "motcua/store/sql.hpp"

namespace motcua::store {

std::string SqlRow::text(size_t i) const {
  const auto& v = values_.at(i);
  if (auto s = std::get_if<std::string>(&v)) return *s;
  if (auto n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (auto d = std::get_if<double>(&v)) return std::to_string(*d);
  if (auto b = std::get_if<SqlBytes>(&v)) return b->bytes;
  return {};
}

std::optional<std::string> SqlRow::optional_text(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

std::int64_t SqlRow::integer(size_t i) const {
  const auto& v = values_.at(i);
  if (auto n = std::get_if<std::int64_t>(&v)) return *n;
  if (auto d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  if (auto s = std::get_if<std::string>(&v)) return std::stoll(*s);
  return 0;
}

}  // namespace motcua::store
