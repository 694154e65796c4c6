-- The counters of a whole subtree (issue 12's 3 ms at ten million dossiers): the rows of 0013
-- summed over every agency below and including each agency, with the procedure folded into
-- '*', kept in the same transaction as the counters themselves. A report with no filter or
-- grouping by field or procedure reads one row per day (or month) and channel for its agency
-- instead of every (agency, procedure, channel) of its subtree. store/stats_repository writes
-- them with the counters; `motcua stats verify` compares them with the recomputation.
CREATE TABLE stat_tree_days (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,    -- always '*'
  channel TEXT NOT NULL,
  day TEXT NOT NULL,
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
  timed_finishes INTEGER NOT NULL DEFAULT 0,
  processing_seconds INTEGER NOT NULL DEFAULT 0,
  allowed_seconds INTEGER NOT NULL DEFAULT 0,
  processing_le_1h INTEGER NOT NULL DEFAULT 0,
  processing_le_2h INTEGER NOT NULL DEFAULT 0,
  processing_le_4h INTEGER NOT NULL DEFAULT 0,
  processing_le_8h INTEGER NOT NULL DEFAULT 0,
  processing_le_16h INTEGER NOT NULL DEFAULT 0,
  processing_le_24h INTEGER NOT NULL DEFAULT 0,
  processing_le_40h INTEGER NOT NULL DEFAULT 0,
  processing_le_56h INTEGER NOT NULL DEFAULT 0,
  processing_le_80h INTEGER NOT NULL DEFAULT 0,
  processing_le_120h INTEGER NOT NULL DEFAULT 0,
  processing_le_160h INTEGER NOT NULL DEFAULT 0,
  processing_le_240h INTEGER NOT NULL DEFAULT 0,
  processing_le_400h INTEGER NOT NULL DEFAULT 0,
  processing_le_800h INTEGER NOT NULL DEFAULT 0,
  processing_over_800h INTEGER NOT NULL DEFAULT 0,
  ratings INTEGER NOT NULL DEFAULT 0,
  ratings_satisfied INTEGER NOT NULL DEFAULT 0,
  ratings_dissatisfied INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, day, procedure_code, channel)
);
CREATE TABLE stat_tree_months (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  month TEXT NOT NULL,
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
  timed_finishes INTEGER NOT NULL DEFAULT 0,
  processing_seconds INTEGER NOT NULL DEFAULT 0,
  allowed_seconds INTEGER NOT NULL DEFAULT 0,
  processing_le_1h INTEGER NOT NULL DEFAULT 0,
  processing_le_2h INTEGER NOT NULL DEFAULT 0,
  processing_le_4h INTEGER NOT NULL DEFAULT 0,
  processing_le_8h INTEGER NOT NULL DEFAULT 0,
  processing_le_16h INTEGER NOT NULL DEFAULT 0,
  processing_le_24h INTEGER NOT NULL DEFAULT 0,
  processing_le_40h INTEGER NOT NULL DEFAULT 0,
  processing_le_56h INTEGER NOT NULL DEFAULT 0,
  processing_le_80h INTEGER NOT NULL DEFAULT 0,
  processing_le_120h INTEGER NOT NULL DEFAULT 0,
  processing_le_160h INTEGER NOT NULL DEFAULT 0,
  processing_le_240h INTEGER NOT NULL DEFAULT 0,
  processing_le_400h INTEGER NOT NULL DEFAULT 0,
  processing_le_800h INTEGER NOT NULL DEFAULT 0,
  processing_over_800h INTEGER NOT NULL DEFAULT 0,
  ratings INTEGER NOT NULL DEFAULT 0,
  ratings_satisfied INTEGER NOT NULL DEFAULT 0,
  ratings_dissatisfied INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, month, procedure_code, channel)
);
CREATE TABLE stat_tree_totals (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  in_progress INTEGER NOT NULL DEFAULT 0,
  waiting_for_applicant INTEGER NOT NULL DEFAULT 0,
  overdue INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, procedure_code, channel)
);
-- Open dossiers whose clock runs, per subtree, channel and quarter hour of the instant they become
-- overdue ("YYYY-MM-DDTHH:MM", local time): the day counters count them overdue at the end of
-- their due day already, and the figures of now take off those due later today. The quarter
-- hours after now are read here; only the current one is counted from the dossiers.
CREATE TABLE stat_tree_due (
  agency_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  slot TEXT NOT NULL,
  running INTEGER NOT NULL,
  PRIMARY KEY (agency_code, slot, channel)
);
INSERT INTO stat_meta (name, value) SELECT 'needs_rebuild', '1' WHERE EXISTS (SELECT 1 FROM dossiers)
  ON CONFLICT (name) DO UPDATE SET value = '1';
