// The holiday-schedule parsers (data/embed/calendar/schedules.json and an admin's edit of one
// year): any bytes give a schedule or an error (an edit's naming the field), and what parses
// survives the round trip the header promises, parse(to_json(s)) == s.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "motcua/calendar/schedule.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace motcua::calendar;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto document = parse_schedule_document(text); document.ok()) {
    auto again = parse_schedule_document(schedule_document_to_json(*document));
    if (!again.ok() || !(*again == *document)) std::abort();
  } else if (document.error().message.empty()) {
    std::abort();  // the shipped file's refusal says why
  }
  if (auto year = parse_year_schedule(text); year.ok()) {
    auto again = parse_year_schedule(year_schedule_to_json(*year));
    if (!again.ok() || !(*again == *year)) std::abort();
  } else if (year.error().field.empty()) {
    std::abort();  // an admin's edit: the refusal names the field
  }
  return 0;
}
