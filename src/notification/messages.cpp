#include <array>

#include "motcua/notification/notification.hpp"

namespace motcua::notification {

namespace {

std::string lookup_hint(const MessageFacts& f) {
  return " Tra cứu tình trạng hồ sơ bằng mã " + f.dossier_code +
         " và 4 số cuối số điện thoại đã đăng ký.";
}

std::string bulleted(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : "; ") + i;
  return out;
}

}  // namespace

std::string_view to_string(Kind kind) {
  switch (kind) {
    case Kind::apology:
      return "apology";
    case Kind::supplement_request:
      return "supplement_request";
    case Kind::refusal:
      return "refusal";
    case Kind::result_ready:
      return "result_ready";
    case Kind::pause:
      return "pause";
    case Kind::resume:
      return "resume";
  }
  return "apology";
}

std::optional<Kind> kind_for_event(dossier::EventKind event) {
  switch (event) {
    case dossier::EventKind::apologize:
      return Kind::apology;
    case dossier::EventKind::request_supplement:
      return Kind::supplement_request;
    case dossier::EventKind::refuse:
      return Kind::refusal;
    case dossier::EventKind::result_ready:
      return Kind::result_ready;
    case dossier::EventKind::pause:
      return Kind::pause;
    case dossier::EventKind::resume:
      return Kind::resume;
    default:
      return std::nullopt;
  }
}

std::string_view to_string(Channel channel) { return channel == Channel::sms ? "sms" : "email"; }

std::string_view to_string(DeliveryStatus status) {
  switch (status) {
    case DeliveryStatus::queued:
      return "queued";
    case DeliveryStatus::sent:
      return "sent";
    case DeliveryStatus::failed:
      return "failed";
  }
  return "queued";
}

bool parse_delivery_status(std::string_view text, DeliveryStatus& out) {
  for (auto s : std::array{DeliveryStatus::queued, DeliveryStatus::sent, DeliveryStatus::failed})
    if (to_string(s) == text) {
      out = s;
      return true;
    }
  return false;
}

Message compose(Kind kind, const MessageFacts& f) {
  const std::string dear = "Kính gửi Ông/Bà " + f.applicant_name + ". ";
  const std::string about = "hồ sơ " + f.dossier_code + " (" + f.procedure_name + ")";
  switch (kind) {
    case Kind::apology:
      return {"Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + f.dossier_code,
              dear + f.agency_name + " xin lỗi Ông/Bà vì " + about +
                  " chưa được giải quyết đúng hẹn " + f.original_due + ". Lý do: " + f.reason +
                  ". Thời gian hẹn trả kết quả mới: " + f.new_due + "." + lookup_hint(f)};
    case Kind::supplement_request:
      return {"Yêu cầu bổ sung, hoàn thiện hồ sơ " + f.dossier_code,
              dear + f.agency_name + " đề nghị Ông/Bà bổ sung, hoàn thiện " + about +
                  (f.items.empty() ? std::string{} : ": " + bulleted(f.items)) +
                  (f.reason.empty() ? std::string{} : ". Lý do: " + f.reason) +
                  (f.deadline.empty() ? std::string{} : ". Thời hạn bổ sung: " + f.deadline) +
                  ". Thời gian giải quyết được tính lại từ khi nhận đủ hồ sơ." + lookup_hint(f)};
    case Kind::refusal:
      return {"Thông báo từ chối giải quyết hồ sơ " + f.dossier_code,
              dear + f.agency_name + " thông báo không tiếp nhận, giải quyết " + about +
                  ". Lý do: " + f.reason + "." + lookup_hint(f)};
    case Kind::result_ready:
      return {"Hồ sơ " + f.dossier_code + " đã có kết quả",
              dear + about + " đã có kết quả. Mời Ông/Bà đến " + f.agency_name +
                  " để nhận kết quả, mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả." +
                  lookup_hint(f)};
    case Kind::pause:
      return {"Thông báo tạm dừng giải quyết hồ sơ " + f.dossier_code,
              dear + f.agency_name + " thông báo tạm dừng giải quyết " + about + ". Lý do: " +
                  f.pause_reason + (f.reason.empty() ? std::string{} : " (" + f.reason + ")") +
                  (f.stops_clock
                       ? ". Thời gian tạm dừng không tính vào thời hạn giải quyết; thời gian hẹn "
                         "trả kết quả mới sẽ được thông báo khi hồ sơ được tiếp tục giải quyết."
                       : ". Thời gian tạm dừng vẫn tính vào thời hạn giải quyết; thời gian hẹn "
                         "trả kết quả không thay đổi: " +
                             f.due + ".") +
                  lookup_hint(f)};
    case Kind::resume:
      return {"Thông báo tiếp tục giải quyết hồ sơ " + f.dossier_code,
              dear + f.agency_name + " thông báo tiếp tục giải quyết " + about +
                  ". Thời gian hẹn trả kết quả: " + f.due + "." + lookup_hint(f)};
  }
  return {};
}

std::string public_summary(Kind kind) {
  switch (kind) {
    case Kind::apology:
      return "Hồ sơ chưa được giải quyết đúng hẹn. Cơ quan giải quyết đã gửi thư xin lỗi và hẹn "
             "lại thời gian trả kết quả (xem mục Hẹn trả kết quả).";
    case Kind::supplement_request:
      return "Hồ sơ cần được bổ sung, hoàn thiện. Nội dung cần bổ sung đã được gửi tới số điện "
             "thoại hoặc thư điện tử của người nộp; có thể hỏi tại Bộ phận Một cửa.";
    case Kind::refusal:
      return "Hồ sơ không được tiếp nhận, giải quyết. Lý do đã được gửi tới người nộp bằng văn "
             "bản và tin nhắn.";
    case Kind::result_ready:
      return "Hồ sơ đã có kết quả. Mời người nộp đến nhận kết quả, mang theo giấy tiếp nhận hồ sơ "
             "và hẹn trả kết quả.";
    case Kind::pause:
      return "Hồ sơ đang tạm dừng giải quyết. Lý do đã được gửi tới số điện thoại hoặc thư điện "
             "tử của người nộp.";
    case Kind::resume:
      return "Hồ sơ được tiếp tục giải quyết (xem mục Hẹn trả kết quả).";
  }
  return "";
}

std::vector<Notification> notifications_for(Kind kind, const MessageFacts& facts,
                                            const std::string& phone, const std::string& email) {
  std::vector<Notification> out;
  const Message message = compose(kind, facts);
  auto add = [&](Channel channel, const std::string& recipient) {
    Notification n;
    n.dossier_code = facts.dossier_code;
    n.kind = kind;
    n.channel = channel;
    n.recipient = recipient;
    n.message = message;
    out.push_back(std::move(n));
  };
  if (!phone.empty()) add(Channel::sms, phone);
  if (!email.empty()) add(Channel::email, email);
  return out;
}

}  // namespace motcua::notification
