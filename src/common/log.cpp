#include "motcua/common/log.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>

namespace motcua::log {

namespace {

std::string_view level_name(Level level) {
  switch (level) {
    case Level::debug:
      return "debug";
    case Level::info:
      return "info";
    case Level::warn:
      return "warn";
    case Level::error:
      return "error";
  }
  return "info";
}

spdlog::level::level_enum spdlog_level(Level level) {
  switch (level) {
    case Level::debug:
      return spdlog::level::debug;
    case Level::info:
      return spdlog::level::info;
    case Level::warn:
      return spdlog::level::warn;
    case Level::error:
      return spdlog::level::err;
  }
  return spdlog::level::info;
}

Level level_from_environment() {
  const char* v = std::getenv("MOTCUA_LOG_LEVEL");
  const std::string_view name = v ? v : "";
  for (Level l : {Level::debug, Level::info, Level::warn, Level::error})
    if (name == level_name(l)) return l;
  return Level::info;
}

// Vietnam time (UTC+7, no daylight saving) with milliseconds, as the API writes times.
std::string iso_time(std::chrono::system_clock::time_point at) {
  using namespace std::chrono;
  const auto local = floor<milliseconds>(at) + hours(7);
  const auto day = floor<days>(local);
  const year_month_day ymd{day};
  const hh_mm_ss hms{local - day};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ld+07:00", int(ymd.year()),
                unsigned(ymd.month()), unsigned(ymd.day()), long(hms.hours().count()),
                long(hms.minutes().count()), long(hms.seconds().count()),
                long(hms.subseconds().count()));
  return buf;
}

// spdlog only carries the finished line: the JSON is built here, so its sink prints the
// message alone ("%v").
std::shared_ptr<spdlog::logger> make_logger() {
  auto logger =
      std::make_shared<spdlog::logger>("motcua", std::make_shared<spdlog::sinks::stderr_sink_mt>());
  logger->set_pattern("%v");
  logger->set_level(spdlog_level(level_from_environment()));
  // Lines go out as they are written: a crash must not eat the line that explains it.
  logger->flush_on(spdlog::level::trace);
  return logger;
}

spdlog::logger& logger() {
  // Never destroyed: threads still running while the program exits may log.
  static auto* const instance = new std::shared_ptr<spdlog::logger>(make_logger());
  return **instance;
}

}  // namespace

std::string format_line(std::chrono::system_clock::time_point at, Level level, std::string_view msg,
                        std::initializer_list<Field> fields) {
  nlohmann::ordered_json line;
  line["time"] = iso_time(at);
  line["level"] = level_name(level);
  line["msg"] = msg;
  for (const Field& f : fields) {
    const std::string key(f.key);
    if (line.contains(key)) continue;
    std::visit([&](const auto& v) { line[key] = v; }, f.value);
  }
  // Invalid UTF-8 (a path a client sent) is replaced, never a reason to lose the line.
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void write(Level level, std::string_view msg, std::initializer_list<Field> fields) {
  spdlog::logger& l = logger();
  if (!l.should_log(spdlog_level(level))) return;
  l.log(spdlog_level(level), "{}",
        format_line(std::chrono::system_clock::now(), level, msg, fields));
}

void set_min_level(Level level) { logger().set_level(spdlog_level(level)); }

}  // namespace motcua::log
