#include "upload_check.hpp"

#include <png.h>
// jpeglib.h needs size_t and FILE declared before it.
#include <jpeglib.h>

#include <csetjmp>
#include <cstdio>
#include <vector>

namespace motcua::service::detail {

namespace {

// Larger images are no scanned page; refusing them bounds the memory a decode takes.
constexpr unsigned long long kMaxPixels = 50'000'000ULL;

bool png_parses(std::string_view bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) return false;
  if (image.width == 0 || image.height == 0 || 1ULL * image.width * image.height > kMaxPixels) {
    png_image_free(&image);
    return false;
  }
  // Decoded to one grey byte a pixel: the whole compressed stream is read and checked.
  image.format = PNG_FORMAT_GRAY;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  const bool ok = png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr) != 0;
  png_image_free(&image);
  return ok;
}

struct JpegError {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
};

void jpeg_fail(j_common_ptr info) {
  std::longjmp(reinterpret_cast<JpegError*>(info->err)->jump, 1);
}
void jpeg_silent(j_common_ptr, int) {}

bool jpeg_parses(std::string_view bytes) {
  jpeg_decompress_struct info{};
  JpegError err{};
  info.err = jpeg_std_error(&err.mgr);
  err.mgr.error_exit = jpeg_fail;
  err.mgr.emit_message = jpeg_silent;
  // Only plain C data lives across the longjmp (the row comes from libjpeg's own pool).
  if (setjmp(err.jump)) {
    jpeg_destroy_decompress(&info);
    return false;
  }
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()),
               static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&info, TRUE);
  if (1ULL * info.image_width * info.image_height > kMaxPixels) {
    jpeg_destroy_decompress(&info);
    return false;
  }
  jpeg_start_decompress(&info);
  JSAMPARRAY rows = (*info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&info), JPOOL_IMAGE,
                                              info.output_width * info.output_components, 1);
  while (info.output_scanline < info.output_height) jpeg_read_scanlines(&info, rows, 1);
  // A stream cut short is padded by libjpeg with a warning; count it as broken.
  const bool complete = err.mgr.num_warnings == 0;
  jpeg_finish_decompress(&info);
  jpeg_destroy_decompress(&info);
  return complete;
}

bool pdf_parses(std::string_view bytes) {
  // ISO 32000: "%PDF-1.x" or "%PDF-2.0" first; the file ends with startxref, an offset and
  // "%%EOF" (writers may add a line end or a little padding after it).
  if (bytes.size() < 32 || bytes.substr(0, 5) != "%PDF-" ||
      (bytes.substr(5, 2) != "1." && bytes.substr(5, 2) != "2."))
    return false;
  const std::string_view tail = bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
  const size_t eof = tail.rfind("%%EOF");
  const size_t xref = tail.rfind("startxref");
  return eof != std::string_view::npos && xref != std::string_view::npos && xref < eof &&
         bytes.find(" obj") != std::string_view::npos;
}

}  // namespace

Result<dossier::MediaType> check_upload(std::string_view bytes, const std::string& field) {
  const auto type = dossier::sniff_media_type(bytes);
  if (!type)
    return make_error(ErrorCode::invalid, "files.type",
                      field + " is neither a PDF, a JPEG nor a PNG file (judged by its content)",
                      "tệp " + field +
                          " không phải PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp, không "
                          "theo tên)",
                      field);
  const bool parses = *type == dossier::MediaType::png    ? png_parses(bytes)
                      : *type == dossier::MediaType::jpeg ? jpeg_parses(bytes)
                                                          : pdf_parses(bytes);
  if (!parses)
    return make_error(ErrorCode::invalid, "files.corrupt",
                      field + " starts as " + std::string(dossier::to_string(*type)) +
                          " but is not a readable file of that type",
                      "tệp " + field + " bị hỏng hoặc không đọc được", field);
  return *type;
}

}  // namespace motcua::service::detail
