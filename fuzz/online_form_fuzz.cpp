// The online submission's parts (POST /api/v1/public/online-submissions) as httplib hands
// them over: the JSON part and the file parts with whatever names, file names and bytes a
// client sent. Any parts give a submission or an error whose field can be written back as
// JSON; accepted file names are UTF-8 of at most 255 bytes; the content sniffer takes any
// bytes.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "motcua/dossier/online.hpp"
#include "motcua/text/normalize.hpp"
#include "online_submission_form.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace motcua;
  FuzzedDataProvider in(data, size);
  httplib::Request req;
  // Always multipart: the other case is refused at the first line and teaches the fuzzer
  // nothing.
  req.set_header("Content-Type", "multipart/form-data; boundary=x");
  const int parts = in.ConsumeIntegralInRange(1, 6);
  for (int i = 0; i < parts; ++i) {
    httplib::MultipartFormData part;
    switch (in.ConsumeIntegralInRange(0, 2)) {
      case 0:
        part.name = "submission";
        break;
      case 1:
        part.name = "document_" + std::to_string(in.ConsumeIntegral<int>());
        break;
      default:
        part.name = in.ConsumeRandomLengthString(40);
    }
    part.filename = in.ConsumeRandomLengthString(300);
    part.content_type = in.ConsumeRandomLengthString(40);
    part.content = in.ConsumeRandomLengthString(4000);
    (void)dossier::sniff_media_type(part.content);
    req.files.emplace(part.name, std::move(part));
  }
  auto submission = http::submission_from(req);
  if (!submission.ok()) {
    const auto& e = submission.error();
    if (e.field.empty() || !text::is_valid_utf8(e.field) || e.message_vi.empty()) std::abort();
    return 0;
  }
  for (const auto& f : submission->files)
    if (f.file_name.size() > 255 || !text::is_valid_utf8(f.file_name)) std::abort();
  return 0;
}
