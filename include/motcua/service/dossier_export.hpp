#pragma once
// The analysts' export (issue 12, `motcua export dossiers`): one row per dossier with what
// every indicator is computed from, so any tool (DuckDB, a spreadsheet) can recount them.
// docs/statistics.md says how each indicator is recounted from these columns.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/service/calendar_lookup.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

struct ExportPeriod {
  // Local reception dates, both included; none = unbounded.
  std::optional<std::chrono::year_month_day> from;
  std::optional<std::chrono::year_month_day> to;
};

class DossierExport {
 public:
  DossierExport(store::Database& db, const Clock& clock, CalendarLookup calendars)
      : db_(db), clock_(clock), calendars_(std::move(calendars)) {}

  // The column names, in order.
  static const std::vector<std::string>& header();
  // Calls `row` for every dossier received in the period, in code order, all read in one
  // snapshot; open dossiers are described as of now (the injected clock).
  Status each_row(const ExportPeriod& period,
                  const std::function<Status(const std::vector<std::string>&)>& row);

 private:
  store::Database& db_;
  const Clock& clock_;
  CalendarLookup calendars_;
};

}  // namespace motcua::service
