#pragma once
// The one structured logger: every line on stderr is one JSON object
//   {"time":"2026-03-02T09:00:00.123+07:00","level":"info","msg":"request",…fields}
// so that a log shipper reads fields, not prose. Strings are JSON-escaped, whatever they hold.
// Thread-safe. Output meant for a person at a terminal (the CLI's answers) is not logging and
// stays plain text on stdout/stderr.
#include <chrono>
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>

namespace motcua::log {

enum class Level { debug, info, warn, error };

// One "key": value of a line. Keys are fixed words ("request_id", "status", …).
struct Field {
  using Value = std::variant<std::string, std::int64_t, double, bool>;

  Field(std::string_view k, std::string_view v) : key(k), value(std::string(v)) {}
  Field(std::string_view k, const char* v) : key(k), value(std::string(v)) {}
  Field(std::string_view k, const std::string& v) : key(k), value(v) {}
  Field(std::string_view k, bool v) : key(k), value(v) {}
  Field(std::string_view k, double v) : key(k), value(v) {}
  template <std::integral T>
  requires(!std::same_as<T, bool>) Field(std::string_view k, T v)
      : key(k), value(static_cast<std::int64_t>(v)) {}

  std::string_view key;
  Value value;
};

// The line write() prints for `at` (without the newline); a field named like a fixed member
// ("time", "level", "msg") does not replace it.
std::string format_line(std::chrono::system_clock::time_point at, Level level, std::string_view msg,
                        std::initializer_list<Field> fields);

// Prints one line to stderr (lines below the minimum level are dropped).
void write(Level level, std::string_view msg, std::initializer_list<Field> fields = {});
inline void info(std::string_view msg, std::initializer_list<Field> fields = {}) {
  write(Level::info, msg, fields);
}
inline void warn(std::string_view msg, std::initializer_list<Field> fields = {}) {
  write(Level::warn, msg, fields);
}
inline void error(std::string_view msg, std::initializer_list<Field> fields = {}) {
  write(Level::error, msg, fields);
}

// The least severe level printed; info unless changed (MOTCUA_LOG_LEVEL=debug|info|warn|error
// at start-up sets it too).
void set_min_level(Level level);

}  // namespace motcua::log
