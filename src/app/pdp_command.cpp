// `motcua pdp export --db FILE|URI --id-number N` (issue 14, point 3): a data subject's request
// under the Personal Data Protection Law 91/2025. Prints, as one JSON document, everything the
// store holds about the person: their dossiers whole (applicant data unmasked, documents,
// history), the files they uploaded (names, types, sizes, SHA-256; not the bytes), their rating,
// the messages sent to them, who read their dossiers, and the reception notices issued to them.
// The export is recorded as a read of each, by the system account that ran it.
// `motcua pdp rotate-key` adds a key for the personal data sealed at rest and `motcua pdp reseal`
// seals the stored values again under it (docs/deploy.md §2a). Erasure: pdp_erase_command.cpp.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/cli_store.hpp"
#include "app/operator_name.hpp"
#include "app/pdp_erase.hpp"
#include "http/dossier_json.hpp"
#include "http/notification_json.hpp"
#include "http/online_json.hpp"
#include "http/reception_notice_json.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/common/time.hpp"
#include "motcua/service/data_key_service.hpp"
#include "motcua/service/personal_data_service.hpp"
#include "motcua/store/database.hpp"

namespace motcua::app {

namespace {

std::unique_ptr<store::Database> open_pdp_store(const std::string& where) {
  return open_existing_cli_store("motcua pdp", where);
}

struct Options {
  std::string db = "motcua.db";
  std::string id_number;
};

// Who read it, when and why; not from which machine: an officer's internal address is not
// the person's data.
nlohmann::json reads_json(const std::vector<store::DossierRead>& reads) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : reads)
    out.push_back({{"at", format_iso(r.at)}, {"username", r.username}, {"purpose", r.purpose}});
  return out;
}

nlohmann::json subject_dossier_json(const service::SubjectDossier& s) {
  nlohmann::json j = http::staff_dossier_json(s.view.dossier);
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : s.view.events) events.push_back(http::event_json(e));
  j["history"] = events;
  nlohmann::json uploads = nlohmann::json::array();
  for (const auto& u : s.uploads) uploads.push_back(http::upload_json(s.view.dossier.code, u));
  j["uploads"] = uploads;
  j["rating"] = s.rating ? http::rating_json(*s.rating) : nlohmann::json();
  nlohmann::json messages = nlohmann::json::array();
  for (const auto& m : s.messages) messages.push_back(http::outbox_json(m));
  j["messages"] = messages;
  j["read_by_staff"] = reads_json(s.reads);
  return j;
}

int export_subject(const Options& o) {
  auto db = open_pdp_store(o.db);
  if (!db) return 2;
  SystemClock clock;
  service::PersonalDataService pdp(*db, clock);
  auto data = pdp.export_subject(o.id_number, operator_name());
  if (!data.ok()) {
    std::cerr << "motcua pdp: " << data.error().message << " (" << data.error().message_vi << ")\n";
    return data.error().code == ErrorCode::invalid ? 2 : 1;
  }
  nlohmann::json dossiers = nlohmann::json::array();
  for (const auto& d : data->dossiers) dossiers.push_back(subject_dossier_json(d));
  nlohmann::json notices = nlohmann::json::array();
  for (const auto& n : data->notices) {
    nlohmann::json j = http::reception_notice_json({n.stored.notice, n.stored.issuer_name});
    j["read_by_staff"] = reads_json(n.reads);
    notices.push_back(std::move(j));
  }
  const nlohmann::json out = {
      {"subject", {{"id_number", data->id_number}}},
      {"exported_at", format_iso(clock.now())},
      {"legal_basis", "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; Nghị định 356/2025/NĐ-CP"},
      {"dossiers", dossiers},
      {"reception_notices", notices}};
  std::cout << out.dump(2) << "\n";
  return 0;
}

// `pdp rotate-key` and `pdp reseal`: the figures per table, and what the operator does next.
int reseal(const std::string& db_path, bool new_key) {
  auto db = open_pdp_store(db_path);
  if (!db) return 2;
  service::DataKeyService keys(*db);
  auto done = new_key ? keys.rotate_key() : keys.reseal();
  if (!done.ok()) {
    std::cerr << "motcua pdp: " << done.error().message << " (" << done.error().message_vi << ")\n";
    return done.error().code == ErrorCode::invalid ? 2 : 1;
  }
  std::size_t unreadable = 0;
  for (const auto& t : done->tables) {
    std::cout << t.table << ": " << t.rows_read << " rows read, " << t.rows_sealed_again
              << " sealed again\n";
    for (const auto& v : t.unreadable)
      std::cout << "  does not open, left as it is: " << t.table << " " << v << "\n";
    unreadable += t.unreadable.size();
  }
  if (new_key)
    std::cout << "key " << done->key_id << " added to " << done->key_file
              << " (the older keys stay) and recorded in the store. Next: give that file to "
                 "every node that keeps its own copy and restart them, then run `motcua pdp "
                 "reseal` to seal the stored values again under the new key.\n";
  else
    std::cout << "every readable value is sealed under key " << done->key_id << "\n";
  if (unreadable > 0) {
    std::cout << unreadable
              << " stored values do not open: altered, or copied from another row. Restore them "
                 "from a backup; their key must stay in the key file until then.\n";
    return 1;
  }
  return 0;
}

}  // namespace

void add_pdp_commands(CLI::App& root) {
  auto* pdp =
      root.add_subcommand("pdp", "Personal data: a data subject's requests (PDP Law 91/2025)");
  pdp->require_subcommand(1);
  auto o = std::make_shared<Options>();
  auto* e = pdp->add_subcommand(
      "export", "Print as JSON everything held about the person with this identity number");
  e->add_option("--db", o->db, kDbOptionHelp);
  e->add_option("--id-number", o->id_number, "The person's 12-digit citizen identity number")
      ->required();
  e->callback([o] {
    if (int rc = export_subject(*o); rc != 0) throw CLI::RuntimeError(rc);
  });

  auto rotate_db = std::make_shared<std::string>("motcua.db");
  auto* rotate = pdp->add_subcommand(
      "rotate-key", "Add a new key for personal data to the key file; `pdp reseal` then uses it");
  rotate->add_option("--db", *rotate_db, kDbOptionHelp);
  rotate->callback([rotate_db] {
    if (int rc = reseal(*rotate_db, true); rc != 0) throw CLI::RuntimeError(rc);
  });
  auto reseal_db = std::make_shared<std::string>("motcua.db");
  auto* again = pdp->add_subcommand(
      "reseal", "Seal again under the current key every value an older key sealed");
  again->add_option("--db", *reseal_db, kDbOptionHelp);
  again->callback([reseal_db] {
    if (int rc = reseal(*reseal_db, false); rc != 0) throw CLI::RuntimeError(rc);
  });
  add_pdp_erase_commands(*pdp);
}

}  // namespace motcua::app
