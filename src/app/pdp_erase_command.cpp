// `motcua pdp erase`: erasure of an applicant's personal data where Law 91/2025 Art. 14 allows
// it (dossier/erasure.hpp), for one dossier, one reception notice or every record of a person;
// `motcua pdp erase-expired`: the sweep of records whose retention period ended (for cron);
// `motcua pdp retention set|list`: the province's retention schedule that sweep follows.
// Each prints one line per record: what went now, or why nothing did.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/cli_store.hpp"
#include "app/operator_name.hpp"
#include "app/pdp_erase.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/common/time.hpp"
#include "motcua/service/erasure_service.hpp"

namespace motcua::app {

namespace {

constexpr const char* kCommand = "motcua pdp";

struct EraseOptions {
  std::string db = "motcua.db";
  service::ErasureTarget target;
  std::string ground;
  std::string decision;
};

struct RetentionOptions {
  std::string db = "motcua.db";
  std::string procedure;
  int years = 0;
  bool years_given = false;
  bool permanent = false;
  std::string basis;
};

int failed(const Error& e) {
  std::cerr << kCommand << ": " << e.message << " (" << e.message_vi << ")"
            << (e.field.empty() ? "" : " [" + e.field + "]") << "\n";
  return e.code == ErrorCode::invalid || e.code == ErrorCode::not_found ? 2 : 1;
}

std::string what_goes(dossier::ErasureScope scope) {
  return scope == dossier::ErasureScope::everything
             ? "everything: name, identity number, address, phone, e-mail, messages, uploaded "
               "files, the free text of its history"
             : "the contact details: phone, e-mail, the messages' recipients";
}

// One line of what became of a record; true when it is erased at least in part.
bool print_outcome(const service::ErasureOutcome& o) {
  std::cout << o.record_kind << " " << o.record << ": ";
  const auto& d = o.decision;
  if (o.erased_now())
    std::cout
        << "erased " << what_goes(d.scope)
        << (o.uploads_removed > 0 ? " (" + std::to_string(o.uploads_removed) + " files removed)"
                                  : "")
        << (o.texts_erased > 0 ? " (" + std::to_string(o.texts_erased) + " notes removed)" : "")
        << (o.texts_kept > 0 ? "; " + std::to_string(o.texts_kept) +
                                   " notes written before this version stay: the history's hash "
                                   "covers them"
                             : "");
  else if (o.before != dossier::ErasureScope::none)
    std::cout << "nothing more to erase (already erased: " << dossier::to_string(o.before) << ")";
  else
    std::cout << "nothing erased";
  std::cout << ". " << d.reason << " (" << d.reason_vi << ")";
  if (d.retention_ends) std::cout << "; retention ends " << format_iso(*d.retention_ends);
  std::cout << "\n";
  return d.scope != dossier::ErasureScope::none;
}

// The erased values' older page images leave the disk too (SQLite; a PostgreSQL store needs
// the VACUUM of docs/deploy.md §2a). Said, not fatal: the erasure itself is committed.
void empty_log(store::Database& db) {
  if (auto s = db.empty_write_ahead_log(); !s.ok())
    std::cerr << kCommand << ": erased, but the write-ahead log was not emptied now ("
              << s.error().message
              << "): the old values stay in it until the server stops (SQLite removes the log "
                 "when its last connection closes)\n";
}

int erase(const EraseOptions& o) {
  dossier::ErasureGround ground{};
  if (!dossier::parse_erasure_ground(o.ground, ground)) {
    std::cerr << kCommand
              << ": --ground is one of subject-request, purpose-completed, "
                 "retention-ended, authority-decision (căn cứ xóa không hợp lệ)\n";
    return 2;
  }
  // Erasing opens no sealed value; only finding a person's records by their number needs the
  // store's (lookup) key.
  auto db = open_existing_cli_store(
      kCommand, o.db,
      o.target.id_number.empty() ? store::KeyUse::not_read : store::KeyUse::never_start);
  if (!db) return 2;
  SystemClock clock;
  service::ErasureService erasure(*db, clock);
  auto done = erasure.erase({o.target, ground, o.decision, operator_name()});
  if (!done.ok()) return failed(done.error());
  if (done->empty()) {
    std::cout << "the store holds no record of this person (không có hồ sơ nào của người này)\n";
    return 0;
  }
  bool all_erased = true, any_now = false;
  for (const auto& outcome : *done) {
    all_erased &= print_outcome(outcome);
    any_now |= outcome.erased_now();
  }
  if (any_now) empty_log(*db);
  return all_erased ? 0 : 1;
}

int erase_expired(const std::string& db_path) {
  // Opens no sealed value: a cron job needs no secret (a wrong key file is still refused).
  auto db = open_existing_cli_store(kCommand, db_path, store::KeyUse::not_read);
  if (!db) return 2;
  SystemClock clock;
  service::ErasureService erasure(*db, clock);
  auto sweep = erasure.erase_expired(operator_name());
  if (!sweep.ok()) return failed(sweep.error());
  for (const auto& outcome : sweep->erased) print_outcome(outcome);
  if (!sweep->erased.empty()) empty_log(*db);
  std::cout << sweep->records_examined << " finished records examined, " << sweep->erased.size()
            << " erased whole as their retention period ended\n";
  return 0;
}

int set_retention(const RetentionOptions& o) {
  if (o.permanent == o.years_given) {
    std::cerr << kCommand
              << ": give either --years or --permanent (cần --years hoặc --permanent)\n";
    return 2;
  }
  auto db = open_existing_cli_store(kCommand, o.db, store::KeyUse::not_read);
  if (!db) return 2;
  SystemClock clock;
  service::ErasureService erasure(*db, clock);
  auto set =
      erasure.set_retention(o.procedure, o.years_given ? std::optional<int>(o.years) : std::nullopt,
                            o.basis, operator_name());
  if (!set.ok()) return failed(set.error());
  std::cout << "retention of "
            << (o.procedure == store::kEveryProcedure ? "every procedure without its own"
                                                      : o.procedure)
            << ": " << (set->years ? std::to_string(*set->years) + " years" : "permanent")
            << " (setting " << set->version << ")\n";
  return 0;
}

int list_retention(const std::string& db_path) {
  auto db = open_existing_cli_store(kCommand, db_path, store::KeyUse::not_read);
  if (!db) return 2;
  SystemClock clock;
  service::ErasureService erasure(*db, clock);
  auto periods = erasure.retention_periods();
  if (!periods.ok()) return failed(periods.error());
  if (periods->empty())
    std::cout << "no retention period is set: every record is kept (chưa đặt thời hạn lưu trữ)\n";
  for (const auto& p : *periods)
    std::cout << p.procedure_code << "\t"
              << (p.years ? std::to_string(*p.years) + " years" : "permanent") << "\t" << p.basis
              << "\t" << p.set_by << "\t" << format_iso(p.set_at) << "\n";
  return 0;
}

void pdp_erase_run(int rc) {
  if (rc != 0) throw CLI::RuntimeError(rc);
}

}  // namespace

void add_pdp_erase_commands(CLI::App& pdp) {
  auto o = std::make_shared<EraseOptions>();
  auto* e = pdp.add_subcommand(
      "erase",
      "Erase a person's data where the law allows (Law 91/2025 Art. 14): contact "
      "details of a finished dossier; everything once retention ends or by decision");
  e->add_option("--db", o->db, kDbOptionHelp);
  auto* dossier = e->add_option("--dossier", o->target.dossier_code, "A dossier's code");
  auto* notice = e->add_option("--notice", o->target.notice_id, "A reception notice's id");
  auto* person = e->add_option("--id-number", o->target.id_number,
                               "Every dossier and notice of the person with this number");
  dossier->excludes(notice)->excludes(person);
  notice->excludes(person);
  e->add_option("--ground", o->ground,
                "subject-request | purpose-completed | retention-ended | authority-decision")
      ->required();
  e->add_option("--decision", o->decision,
                "authority-decision: the decision's number and date only (\"15/QĐ-UBND ngày "
                "01/12/2026\"); kept in the history, which nothing erases");
  e->callback([o] { pdp_erase_run(erase(*o)); });

  auto expired_db = std::make_shared<std::string>("motcua.db");
  auto* expired = pdp.add_subcommand(
      "erase-expired", "Erase everything of the finished records whose retention period ended");
  expired->add_option("--db", *expired_db, kDbOptionHelp);
  expired->callback([expired_db] { pdp_erase_run(erase_expired(*expired_db)); });

  auto* retention = pdp.add_subcommand("retention", "The retention schedule erasure follows");
  retention->require_subcommand(1);
  auto r = std::make_shared<RetentionOptions>();
  auto* set = retention->add_subcommand(
      "set", "Set how long a procedure's records are kept (\"*\": every procedure)");
  set->add_option("--db", r->db, kDbOptionHelp);
  set->add_option("--procedure", r->procedure, "A procedure's code, or * for every one")
      ->required();
  auto* years =
      set->add_option("--years", r->years, "Years, counted from the end of the year it finished");
  set->add_flag("--permanent", r->permanent, "Keep the records permanently");
  set->add_option("--basis", r->basis, "The retention schedule it follows")->required();
  set->callback([r, years] {
    r->years_given = years->count() > 0;
    pdp_erase_run(set_retention(*r));
  });
  auto list_db = std::make_shared<std::string>("motcua.db");
  auto* list = retention->add_subcommand("list", "The periods in force");
  list->add_option("--db", *list_db, kDbOptionHelp);
  list->callback([list_db] { pdp_erase_run(list_retention(*list_db)); });
}

}  // namespace motcua::app
