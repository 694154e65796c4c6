#pragma once
// Read-only data compiled into the binary from data/embed/ (schedules, demo data, fonts list…).
#include <optional>
#include <string_view>
#include <vector>

namespace motcua::embedded {

// The bytes of data/embed/<path>, or nothing when no such file was embedded.
std::optional<std::string_view> find(std::string_view path);
// Every embedded path that starts with prefix.
std::vector<std::string_view> list(std::string_view prefix);

}  // namespace motcua::embedded
