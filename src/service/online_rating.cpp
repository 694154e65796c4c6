// Rating the service on the public status page (issue 11): OnlineService::rate and ::rating.
#include "motcua/auth/login_throttle.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/personal_data.hpp"
#include "motcua/service/online_service.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/login_throttle_repository.hpp"

namespace motcua::service {

namespace {

using auth::ThrottleSubject;
constexpr size_t kMaxCommentBytes = 2000;

Error online_rating_not_found(const std::string& code) {
  return make_error(ErrorCode::not_found, "dossier.not_found", "no dossier " + code,
                    "không tìm thấy hồ sơ " + code);
}

bool digits_match(const dossier::Dossier& d, const std::string& last4) {
  return dossier::phone_digits_match(d.phone_last4, last4);
}

// Guesses of the 4 digits are counted per dossier and per address with login throttling's
// rule (auth/login_throttle.hpp) and its store: 5 wrong for one dossier lock it 1 minute,
// doubling; an address gets 30 an hour over any dossiers.
struct GuessCounters {
  store::ThrottleCounter dossier, address;
};

std::optional<Error> online_rating_refusal(const GuessCounters& g, TimePoint now) {
  const auto a = auth::retry_after(g.dossier.state, now);
  const auto b = auth::retry_after(g.address.state, now);
  if (!a && !b) return std::nullopt;
  const auto wait =
      std::max(a.value_or(std::chrono::seconds(0)), b.value_or(std::chrono::seconds(0)));
  Error e = make_error(
      ErrorCode::too_many, "rating.too_many_attempts",
      "too many wrong phone digits; try again in " + std::to_string(wait.count()) + " seconds",
      "nhập sai 4 số cuối điện thoại quá nhiều lần; vui lòng thử lại sau " +
          std::to_string((wait.count() + 59) / 60) + " phút",
      "phone_last4");
  e.retry_after_seconds = int(wait.count());
  return e;
}

}  // namespace

Result<store::Rating> OnlineService::rate(const RatingInput& in) {
  const auto* level = dossier::find_rating_level(in.level);
  if (!level)
    return make_error(ErrorCode::invalid, "rating.level", "unknown rating level " + in.level,
                      "mức đánh giá không hợp lệ", "level");
  if (in.comment.size() > kMaxCommentBytes)
    return make_error(ErrorCode::invalid, "rating.comment", "the comment is at most 2000 bytes",
                      "ý kiến dài tối đa 2000 ký tự", "comment");
  const TimePoint now = clock_.now();
  GuessCounters g{{ThrottleSubject::dossier, in.dossier_code, {}},
                  {ThrottleSubject::address, "rating:" + auth::address_key(in.client_address), {}}};
  // Counted before the digits are compared, so parallel guesses cannot pass one look.
  auto counted =
      db_.write_returning<GuessCounters>([&](store::SqlConnection& c) -> Result<GuessCounters> {
        for (auto* counter : {&g.dossier, &g.address}) {
          auto s = store::lock_throttle(c, counter->subject, counter->key, now);
          if (!s.ok()) return s.error();
          counter->state = *s;
        }
        if (auto e = online_rating_refusal(g, now)) return *e;
        for (auto* counter : {&g.dossier, &g.address}) {
          MOTCUA_TRY(store::prune_throttle(c, counter->subject, now));
          store::ThrottleCounter after = *counter;
          after.state = auth::after_failure(auth::rule_for(counter->subject), counter->state, now);
          MOTCUA_TRY(store::save_throttle(c, after));
        }
        return g;
      });
  if (!counted.ok()) return counted.error();
  return db_.write_returning<store::Rating>([&](store::SqlConnection& c) -> Result<store::Rating> {
    auto found = store::find_dossier(c, in.dossier_code);
    if (!found.ok()) return found.error();
    if (!found->has_value() || !digits_match(**found, in.phone_last4))
      return online_rating_not_found(in.dossier_code);
    // Proved: the attempt is taken back, as a right password is.
    for (auto* counter : {&counted->dossier, &counted->address}) {
      auto s = store::lock_throttle(c, counter->subject, counter->key, now);
      if (!s.ok()) return s.error();
      counter->state = auth::after_success(auth::rule_for(counter->subject), *s, now);
      MOTCUA_TRY(store::save_throttle(c, *counter));
    }
    const dossier::Dossier& d = **found;
    auto earlier = store::find_rating(c, d.code);
    if (!earlier.ok()) return earlier.error();
    MOTCUA_TRY(dossier::check_ratable(d, earlier->has_value()));
    store::Rating r{d.code, level->code, in.comment, now, d.competent_agency};
    MOTCUA_TRY(store::insert_rating(c, r));
    dossier::EventDetails details;
    details.rating = level->code;
    dossier::DossierEvent e;
    e.chain_key = d.receiving_agency;
    e.dossier_code = d.code;
    e.at = now;
    e.actor = "applicant";
    e.kind = dossier::EventKind::rated;
    e.from_status = std::string(dossier::to_string(d.status));
    e.to_status = e.from_status;
    e.details = dossier::details_text(details);
    e.note = in.comment;
    auto appended = store::append_event(c, std::move(e));
    if (!appended.ok()) return appended.error();
    return r;
  });
}

Result<std::optional<store::Rating>> OnlineService::rating(const std::string& code,
                                                           const std::string& phone_last4) {
  return db_.read<std::optional<store::Rating>>(
      [&](store::SqlConnection& c) -> Result<std::optional<store::Rating>> {
        auto found = store::find_dossier(c, code);
        if (!found.ok()) return found.error();
        if (!found->has_value() || !digits_match(**found, phone_last4))
          return online_rating_not_found(code);
        return store::find_rating(c, code);
      });
}

}  // namespace motcua::service
