// Which channels a document's own text restricts it to (see portal_parts.hpp). The portal
// marks channel-specific documents in their wording; a survey of the 2,642 published records
// (issue 10 point 9) found these forms, and the rule below is made to take exactly them:
//  - a trailing "(nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)",
//    "… trực tiếp)", "… trực tiếp hoặc gửi hồ sơ qua hệ thống bưu chính)", "(… Cổng dịch vụ
//    công, nếu … trực tuyến)" — the civil-status forms (Tờ khai / Mẫu hộ tịch điện tử);
//  - an opening "Trường hợp nộp hồ sơ trực tuyến thì …", "Trường hợp nộp hồ sơ qua hệ thống
//    đăng ký trực tuyến thì …", "Trường hợp hồ sơ được gửi qua bưu điện, …".
// A clause is a channel condition when it opens with "nếu", "trường hợp", "trong trường hợp",
// "đối với trường hợp" or "khi", names the act of handing in ("nộp", "gửi") and a channel
// ("trực tuyến", "môi trường điện tử" → online; "bưu chính", "bưu điện" → postal; "trực tiếp"
// after "nộp/gửi (hồ sơ)", "hình thức", "cách thức", or before "nộp" → counter). It restricts
// the document only when it is the document's own: the first clause, or the last clause from
// its last "nếu" on (a trailing "(đối với trường hợp gửi trực tuyến)" qualifies the alternative
// just before it: "Ảnh … hoặc ảnh … dạng điện tử (đối với trường hợp gửi trực tuyến)"). And
// the whole text must name no other channel and hold no condition on other channels nor a
// negated one ("không lựa chọn gửi hồ sơ trực tuyến"): text that names several channels
// ("không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực
// tuyến)", "02 ảnh … trường hợp nộp trực tiếp …, 01 tệp ảnh … nộp trên môi trường điện tử")
// tells how to hand a document in on each channel, not that only one channel needs it.
// "… để chứng minh về nhân thân khi làm thủ tục trực tiếp" says where a paper is shown, not a
// condition on handing in (postal applicants send a certified copy of it), so it stays general.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "motcua/text/normalize.hpp"
#include "portal_parts.hpp"

namespace motcua::catalog::portal {

namespace {

using ChannelSet = unsigned;  // bit per Channel
constexpr ChannelSet bit(Channel c) { return 1u << static_cast<unsigned>(c); }

bool has(const std::string& padded, std::string_view words) {
  return padded.find(" " + std::string(words) + " ") != std::string::npos;
}

// The channels a folded clause names (as ways to hand a dossier in).
ChannelSet named_channels(const std::string& padded) {
  ChannelSet s = 0;
  if (has(padded, "truc tuyen") || has(padded, "moi truong dien tu")) s |= bit(Channel::online);
  if (has(padded, "buu chinh") || has(padded, "buu dien")) s |= bit(Channel::postal);
  for (std::string_view before :
       {"nop", "gui", "hinh thuc", "cach thuc", "nop ho so", "gui ho so", "nop ho", "nop ban sao"})
    if (has(padded, std::string(before) + " truc tiep")) s |= bit(Channel::counter);
  if (has(padded, "truc tiep nop")) s |= bit(Channel::counter);
  return s;
}

struct Condition {
  ChannelSet channels = 0;
  bool negated = false;
};

std::optional<Condition> condition_of(const std::string& folded) {
  static constexpr std::array<std::string_view, 5> kOpeners{
      "neu ", "truong hop ", "trong truong hop ", "doi voi truong hop ", "khi "};
  if (std::none_of(kOpeners.begin(), kOpeners.end(),
                   [&](std::string_view o) { return folded.rfind(o, 0) == 0; }))
    return std::nullopt;
  const std::string padded = " " + folded + " ";
  size_t verb = std::min(padded.find(" nop "), padded.find(" gui "));
  if (verb == std::string::npos) return std::nullopt;
  Condition c;
  c.channels = named_channels(padded);
  if (c.channels == 0) return std::nullopt;
  c.negated = padded.substr(0, verb + 1).find(" khong ") != std::string::npos;
  return c;
}

}  // namespace

std::vector<Channel> document_channels(std::string_view name) {
  std::vector<std::string> clauses;
  size_t begin = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i < name.size() && std::string_view("();.:,").find(name[i]) == std::string_view::npos)
      continue;
    std::string folded = text::fold_for_search(name.substr(begin, i - begin));
    if (!folded.empty()) clauses.push_back(std::move(folded));
    begin = i + 1;
  }
  if (clauses.empty()) return {};
  std::optional<Condition> own = condition_of(clauses.front());
  if (!own) {
    // The last clause from its last "nếu": "(… trên Cổng dịch vụ công nếu … trực tuyến)".
    const std::string& last = clauses.back();
    const size_t k = (" " + last).rfind(" neu ");
    if (k != std::string::npos) own = condition_of(last.substr(k));
  }
  if (!own || own->negated) return {};
  ChannelSet named = 0;
  for (const auto& clause : clauses) {
    named |= named_channels(" " + clause + " ");
    if (auto c = condition_of(clause); c && (c->negated || c->channels != own->channels)) return {};
  }
  if (named != own->channels) return {};
  std::vector<Channel> out;
  for (Channel ch : {Channel::counter, Channel::online, Channel::postal})
    if (own->channels & bit(ch)) out.push_back(ch);
  return out;
}

}  // namespace motcua::catalog::portal
