#pragma once
// What an uploaded file is, by its content (service-internal, issue 11): the magic bytes
// (dossier::sniff_media_type), then a parse with the type's own library, so a file that only
// starts like an image or a PDF is refused. PNG through libpng (every row decoded), JPEG
// through libjpeg (every scanline decoded), PDF by its structure (header, startxref and the
// %%EOF marker in its last kilobyte; no PDF library is linked for this).
#include <string_view>

#include "motcua/common/result.hpp"
#include "motcua/dossier/online.hpp"

namespace motcua::service::detail {

// The file's type, or invalid naming `field` (files.type: neither PDF, JPEG nor PNG;
// files.corrupt: announced as one of them and does not parse as it).
Result<dossier::MediaType> check_upload(std::string_view bytes, const std::string& field);

}  // namespace motcua::service::detail
