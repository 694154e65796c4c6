// The JSON bodies of the counter's requests: a reception (POST /api/v1/dossiers) and a
// workflow action (POST /api/v1/dossiers/{code}/actions). Any JSON gives a request or an
// error naming the field, in words a person can read in both languages.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "action_request_json.hpp"
#include "reception_request_json.hpp"

namespace {

template <typename T>
void expect_named(const motcua::Result<T>& r) {
  if (r.ok()) return;
  const auto& e = r.error();
  if (e.field.empty() || e.message.empty() || e.message_vi.empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace motcua::http;
  const auto body = nlohmann::json::parse(data, data + size, nullptr, false);
  if (body.is_discarded()) return 0;
  expect_named(reception_request_from_json(body));
  expect_named(action_request_from_json(body));
  expect_named(applicant_from_json(body, true));
  expect_named(channel_from_json(body));
  return 0;
}
