#pragma once
// Stable English names of the catalogue enums, used in JSON, the database and URLs.
// Named *_name rather than to_string so that they never collide by argument-dependent lookup
// with other modules' to_string overloads for the same enums.
#include <optional>
#include <string_view>

#include "motcua/catalog/procedure.hpp"

namespace motcua::catalog {

std::string_view level_name(Level level);  // "ministry", "province", "commune", "other"
std::optional<Level> parse_level_name(std::string_view name);

std::string_view channel_name(Channel channel);  // "counter", "online", "postal"
std::optional<Channel> parse_channel_name(std::string_view name);

std::string_view status_name(ProcedureStatus status);  // "active", "abolished", "replaced"
std::optional<ProcedureStatus> parse_status_name(std::string_view name);

}  // namespace motcua::catalog
