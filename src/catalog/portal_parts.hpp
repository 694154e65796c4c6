#pragma once
// The parsers for the run-together table cells of a portal record. Each takes text already
// cleaned by portal::clean_value and appends "kind: detail" warnings for what it had to guess.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/catalog/procedure.hpp"

namespace motcua::catalog::portal {

// cach_thuc_thuc_hien → one term per channel row, in record order.
std::vector<ChannelTerm> parse_channels(std::string_view text, std::vector<std::string>& warnings);

// thanh_phan_ho_so → required documents with ids 1..n in record order.
std::vector<RequiredDocument> parse_documents(std::string_view text,
                                              std::vector<std::string>& warnings);

// "10 Ngày làm việc", "01 Giờ", "0,5 ngày" → amount and unit; nothing when the text is not
// exactly an amount followed by a known unit.
std::optional<calendar::ProcessingTime> parse_time_text(std::string_view text);

// The mandatory-document rule's test on one document's own wording (see portal_documents.cpp).
bool is_conditional_document(std::string_view name);

// The channels a document's own wording restricts it to ("(nếu … nộp hồ sơ theo hình thức
// trực tuyến)"), in Channel order; empty when it applies to every channel. The rule and the
// phrasings it takes are written at the top of portal_document_channels.cpp.
std::vector<Channel> document_channels(std::string_view name);

// can_cu_phap_ly → one entry per legal document: "title (code)", or the title alone when it
// already names the code.
std::vector<std::string> parse_legal_basis(std::string_view text);

}  // namespace motcua::catalog::portal
