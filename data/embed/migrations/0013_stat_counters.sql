-- The statistics' counters (issue 12), changed in the same transaction as every dossier, so a
-- dashboard reads a few rows at a thousand dossiers or a hundred million. The columns are the
-- measures of include/motcua/stats/counters.hpp, in its order; `motcua stats rebuild`
-- recomputes both tables from the dossiers' histories and `motcua stats verify` compares.
--   stat_days    per competent agency × procedure × channel × local day: what happened that
--                day (flows), and the +1/−1 of dossiers entering and leaving the open, waiting
--                and overdue states (stocks; a dossier still running has its +1 overdue on its
--                due day, which may lie ahead).
--   stat_totals  the stocks summed over every day, so the stock at the end of day T is the
--                total minus the days after T: a report of last month reads a month of rows.
CREATE TABLE stat_days (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  day TEXT NOT NULL,               -- YYYY-MM-DD, Vietnam local date
  received INTEGER NOT NULL DEFAULT 0,
  withdrawn INTEGER NOT NULL DEFAULT 0,
  refused INTEGER NOT NULL DEFAULT 0,
  supplement_requests INTEGER NOT NULL DEFAULT 0,
  apologies INTEGER NOT NULL DEFAULT 0,
  finished_early INTEGER NOT NULL DEFAULT 0,
  finished_on_time INTEGER NOT NULL DEFAULT 0,
  finished_late INTEGER NOT NULL DEFAULT 0,
  finished_on_time_national INTEGER NOT NULL DEFAULT 0,
  finished_late_national INTEGER NOT NULL DEFAULT 0,
  late_without_apology INTEGER NOT NULL DEFAULT 0,
  refused_at_reception INTEGER NOT NULL DEFAULT 0,
  in_progress INTEGER NOT NULL DEFAULT 0,
  waiting_for_applicant INTEGER NOT NULL DEFAULT 0,
  overdue INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, day, procedure_code, channel)
);
CREATE INDEX stat_days_day ON stat_days (day);

-- The same sums per month ("YYYY-MM"), kept beside the days, so a year reads twelve rows per key
-- instead of 365.
CREATE TABLE stat_months (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  month TEXT NOT NULL,             -- YYYY-MM
  received INTEGER NOT NULL DEFAULT 0,
  withdrawn INTEGER NOT NULL DEFAULT 0,
  refused INTEGER NOT NULL DEFAULT 0,
  supplement_requests INTEGER NOT NULL DEFAULT 0,
  apologies INTEGER NOT NULL DEFAULT 0,
  finished_early INTEGER NOT NULL DEFAULT 0,
  finished_on_time INTEGER NOT NULL DEFAULT 0,
  finished_late INTEGER NOT NULL DEFAULT 0,
  finished_on_time_national INTEGER NOT NULL DEFAULT 0,
  finished_late_national INTEGER NOT NULL DEFAULT 0,
  late_without_apology INTEGER NOT NULL DEFAULT 0,
  refused_at_reception INTEGER NOT NULL DEFAULT 0,
  in_progress INTEGER NOT NULL DEFAULT 0,
  waiting_for_applicant INTEGER NOT NULL DEFAULT 0,
  overdue INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, month, procedure_code, channel)
);
CREATE INDEX stat_months_month ON stat_months (month);

CREATE TABLE stat_totals (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  in_progress INTEGER NOT NULL DEFAULT 0,
  waiting_for_applicant INTEGER NOT NULL DEFAULT 0,
  overdue INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, procedure_code, channel)
);

-- 'needs_rebuild' = '1' until the counters have been computed for dossiers recorded before
-- this migration; the server rebuilds them when it starts.
CREATE TABLE stat_meta (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO stat_meta (name, value) SELECT 'needs_rebuild', '1' WHERE EXISTS (SELECT 1 FROM dossiers);

-- Open dossiers whose clock runs, by statutory appointment: the ones due later today, which
-- the day counters already count as overdue at the end of today, are taken off "now".
-- The agency tree is walked down (an agency's subtree) by every statistics query.
CREATE INDEX agencies_parent ON agencies (parent_code);

-- It covers the columns the query filters and groups by, so no dossier row is read.
CREATE INDEX dossiers_open_due ON dossiers (statutory_due_at, competent_agency, procedure_code,
  channel) WHERE finished_at IS NULL AND clock_stopped = 0;
