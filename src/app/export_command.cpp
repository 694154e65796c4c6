// `motcua export dossiers --db FILE --out FILE.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]
// [--at ISO]`: one row per dossier with what every indicator is computed from (issue 12), so
// any tool can recount the statistics; docs/statistics.md says how.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>

#include "app/cli_store.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/common/time.hpp"
#include "motcua/csv/csv.hpp"
#include "motcua/service/calendar_service.hpp"
#include "motcua/service/dossier_export.hpp"
#include "motcua/store/database.hpp"

namespace motcua::app {

namespace {

struct ExportOptions {
  std::string db = "motcua.db";
  std::string out;
  std::string from;
  std::string to;
  std::string at;
};

int fail(const std::string& message) {
  std::cerr << message << "\n";
  return 2;
}

int run(const ExportOptions& o) {
  service::ExportPeriod period;
  if (!o.from.empty() && !(period.from = parse_date(o.from)))
    return fail("--from must be a date YYYY-MM-DD");
  if (!o.to.empty() && !(period.to = parse_date(o.to)))
    return fail("--to must be a date YYYY-MM-DD");
  std::optional<TimePoint> at;
  if (!o.at.empty() && !(at = parse_iso(o.at)))
    return fail("--at must be a time YYYY-MM-DDTHH:MM[:SS][+07:00]");
  auto db = open_cli_store_without_personal_data(o.db);
  if (!db.ok()) return fail("cannot open " + o.db + ": " + db.error().message);
  SystemClock system_clock;
  FixedClock fixed(at.value_or(TimePoint{}));
  const Clock& clock = at ? static_cast<const Clock&>(fixed) : system_clock;
  service::CalendarService calendars(**db, clock);
  service::DossierExport exporter(**db, clock, [&calendars](const std::string& agency) {
    return calendars.for_agency(agency);
  });

  // Written beside the target and renamed over it at the end, so a failed export never
  // leaves a truncated file where a good one is expected.
  const std::string partial = o.out + ".partial";
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(partial.c_str(), "wb"), &std::fclose);
  if (!file) return fail("cannot write " + partial);
  long long rows = 0;
  auto put = [&](const std::string& text) -> Status {
    if (std::fwrite(text.data(), 1, text.size(), file.get()) != text.size())
      return make_error(ErrorCode::unavailable, "export.write", "cannot write " + partial,
                        "không ghi được tệp " + partial);
    return ok_status();
  };
  Status written = put(std::string(csv::kUtf8Bom) + csv::line(service::DossierExport::header()));
  if (written.ok())
    written = exporter.each_row(period, [&](const std::vector<std::string>& row) -> Status {
      ++rows;
      return put(csv::line(row));
    });
  const bool closed = std::fclose(file.release()) == 0;
  if (!written.ok() || !closed) {
    std::remove(partial.c_str());
    return fail("export failed: " +
                (written.ok() ? "cannot close " + partial : written.error().message));
  }
  if (std::rename(partial.c_str(), o.out.c_str()) != 0) {
    std::remove(partial.c_str());
    return fail("cannot move " + partial + " to " + o.out);
  }
  std::cout << "exported " << rows << " dossiers to " << o.out << "\n";
  return 0;
}

}  // namespace

void add_export_commands(CLI::App& root) {
  auto* exp = root.add_subcommand("export", "Data for analysts");
  exp->require_subcommand(1);
  auto o = std::make_shared<ExportOptions>();
  auto* dossiers = exp->add_subcommand(
      "dossiers", "One CSV row per dossier with what every indicator is computed from");
  dossiers->add_option("--db", o->db, kDbOptionHelp);
  dossiers->add_option("--out", o->out, "CSV file to write (UTF-8 with BOM)")->required();
  dossiers->add_option("--from", o->from, "First reception date YYYY-MM-DD (local)");
  dossiers->add_option("--to", o->to, "Last reception date YYYY-MM-DD (local)");
  dossiers->add_option("--at", o->at, "Describe open dossiers as of this time (default: now)");
  dossiers->callback([o] {
    if (int rc = run(*o); rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace motcua::app
