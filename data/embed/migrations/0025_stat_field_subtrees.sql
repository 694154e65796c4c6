-- The subtree rows of migration 0024 kept once more per field (issue 12: "a year by field" and
-- any report filtered by field within 3 ms at ten million dossiers): every agency below and
-- including each agency, the procedures of one field folded together, per channel. A report
-- asking for a field or grouped by field reads one row per period, field and channel of its own
-- agency instead of every (agency, procedure, channel) of its subtree. The field is the
-- procedure's as the catalogue holds it when the counters are written (the fine rows join it
-- at query time): a procedure moved to another field asks for a rebuild
-- (store/catalog_repository). store/stats_repository writes them in the same transaction as the
-- counters; `motcua stats verify` compares them with the recomputation.
CREATE TABLE stat_field_days (
  agency_code TEXT NOT NULL,
  field TEXT NOT NULL,             -- the procedures' field ('' when they have none)
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
  PRIMARY KEY (agency_code, day, field, channel)
);
CREATE TABLE stat_field_months (
  agency_code TEXT NOT NULL,
  field TEXT NOT NULL,             -- the procedures' field ('' when they have none)
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
  PRIMARY KEY (agency_code, month, field, channel)
);
CREATE TABLE stat_field_totals (
  agency_code TEXT NOT NULL,
  field TEXT NOT NULL,             -- the procedures' field ('' when they have none)
  channel TEXT NOT NULL,
  in_progress INTEGER NOT NULL DEFAULT 0,
  waiting_for_applicant INTEGER NOT NULL DEFAULT 0,
  overdue INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, field, channel)
);
-- As stat_tree_due, per field.
CREATE TABLE stat_field_due (
  agency_code TEXT NOT NULL,
  field TEXT NOT NULL,
  channel TEXT NOT NULL,
  slot TEXT NOT NULL,
  running INTEGER NOT NULL,
  PRIMARY KEY (agency_code, slot, field, channel)
);
INSERT INTO stat_meta (name, value) SELECT 'needs_rebuild', '1' WHERE EXISTS (SELECT 1 FROM dossiers)
  ON CONFLICT (name) DO UPDATE SET value = '1';
