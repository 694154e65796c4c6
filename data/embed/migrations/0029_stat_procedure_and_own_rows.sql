-- Two more kinds of subtree rows (issue 12: "a quarter by agency" and "a quarter by procedure"
-- within 3 ms at ten million dossiers), kept like those of 0024 and 0025 in the same
-- transaction as the counters (store/stats_repository) and compared by `motcua stats verify`:
--   stat_proc_*  per agency and procedure, summed over every agency below and including it: a
--                report by procedure, or for one procedure, reads its own agency's rows
--                instead of the fine rows of every agency of its subtree;
--   stat_own_*   per agency, its own fine rows (not its subtree's) with the procedures folded
--                together (procedure_code '*'): a report by agency reads one row per agency,
--                period and channel instead of one per procedure.
-- Both are filled here from the fine rows of 0013, so no rebuild is needed.

CREATE TABLE stat_proc_days (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
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

CREATE TABLE stat_proc_months (
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

CREATE TABLE stat_proc_totals (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  in_progress INTEGER NOT NULL DEFAULT 0,
  waiting_for_applicant INTEGER NOT NULL DEFAULT 0,
  overdue INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, procedure_code, channel)
);

CREATE TABLE stat_own_days (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
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

CREATE TABLE stat_own_months (
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

CREATE TABLE stat_own_totals (
  agency_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  in_progress INTEGER NOT NULL DEFAULT 0,
  waiting_for_applicant INTEGER NOT NULL DEFAULT 0,
  overdue INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, procedure_code, channel)
);

WITH RECURSIVE up(agency, code) AS (
  SELECT DISTINCT agency_code, agency_code FROM stat_days
  UNION SELECT up.agency, a.parent_code FROM agencies a JOIN up ON a.code = up.code
  WHERE a.parent_code IS NOT NULL AND a.parent_code <> '')
INSERT INTO stat_proc_days (agency_code, procedure_code, channel, day, received, withdrawn, refused, supplement_requests, apologies, finished_early, finished_on_time, finished_late, finished_on_time_national, finished_late_national, late_without_apology, refused_at_reception, in_progress, waiting_for_applicant, overdue, timed_finishes, processing_seconds, allowed_seconds, processing_le_1h, processing_le_2h, processing_le_4h, processing_le_8h, processing_le_16h, processing_le_24h, processing_le_40h, processing_le_56h, processing_le_80h, processing_le_120h, processing_le_160h, processing_le_240h, processing_le_400h, processing_le_800h, processing_over_800h, ratings, ratings_satisfied, ratings_dissatisfied)
  SELECT up.code, t.procedure_code, t.channel, t.day, SUM(t.received), SUM(t.withdrawn), SUM(t.refused), SUM(t.supplement_requests), SUM(t.apologies), SUM(t.finished_early), SUM(t.finished_on_time), SUM(t.finished_late), SUM(t.finished_on_time_national), SUM(t.finished_late_national), SUM(t.late_without_apology), SUM(t.refused_at_reception), SUM(t.in_progress), SUM(t.waiting_for_applicant), SUM(t.overdue), SUM(t.timed_finishes), SUM(t.processing_seconds), SUM(t.allowed_seconds), SUM(t.processing_le_1h), SUM(t.processing_le_2h), SUM(t.processing_le_4h), SUM(t.processing_le_8h), SUM(t.processing_le_16h), SUM(t.processing_le_24h), SUM(t.processing_le_40h), SUM(t.processing_le_56h), SUM(t.processing_le_80h), SUM(t.processing_le_120h), SUM(t.processing_le_160h), SUM(t.processing_le_240h), SUM(t.processing_le_400h), SUM(t.processing_le_800h), SUM(t.processing_over_800h), SUM(t.ratings), SUM(t.ratings_satisfied), SUM(t.ratings_dissatisfied)
  FROM stat_days t JOIN up ON up.agency = t.agency_code
  GROUP BY up.code, t.procedure_code, t.channel, t.day;

WITH RECURSIVE up(agency, code) AS (
  SELECT DISTINCT agency_code, agency_code FROM stat_days
  UNION SELECT up.agency, a.parent_code FROM agencies a JOIN up ON a.code = up.code
  WHERE a.parent_code IS NOT NULL AND a.parent_code <> '')
INSERT INTO stat_proc_months (agency_code, procedure_code, channel, month, received, withdrawn, refused, supplement_requests, apologies, finished_early, finished_on_time, finished_late, finished_on_time_national, finished_late_national, late_without_apology, refused_at_reception, in_progress, waiting_for_applicant, overdue, timed_finishes, processing_seconds, allowed_seconds, processing_le_1h, processing_le_2h, processing_le_4h, processing_le_8h, processing_le_16h, processing_le_24h, processing_le_40h, processing_le_56h, processing_le_80h, processing_le_120h, processing_le_160h, processing_le_240h, processing_le_400h, processing_le_800h, processing_over_800h, ratings, ratings_satisfied, ratings_dissatisfied)
  SELECT up.code, t.procedure_code, t.channel, t.month, SUM(t.received), SUM(t.withdrawn), SUM(t.refused), SUM(t.supplement_requests), SUM(t.apologies), SUM(t.finished_early), SUM(t.finished_on_time), SUM(t.finished_late), SUM(t.finished_on_time_national), SUM(t.finished_late_national), SUM(t.late_without_apology), SUM(t.refused_at_reception), SUM(t.in_progress), SUM(t.waiting_for_applicant), SUM(t.overdue), SUM(t.timed_finishes), SUM(t.processing_seconds), SUM(t.allowed_seconds), SUM(t.processing_le_1h), SUM(t.processing_le_2h), SUM(t.processing_le_4h), SUM(t.processing_le_8h), SUM(t.processing_le_16h), SUM(t.processing_le_24h), SUM(t.processing_le_40h), SUM(t.processing_le_56h), SUM(t.processing_le_80h), SUM(t.processing_le_120h), SUM(t.processing_le_160h), SUM(t.processing_le_240h), SUM(t.processing_le_400h), SUM(t.processing_le_800h), SUM(t.processing_over_800h), SUM(t.ratings), SUM(t.ratings_satisfied), SUM(t.ratings_dissatisfied)
  FROM stat_months t JOIN up ON up.agency = t.agency_code
  GROUP BY up.code, t.procedure_code, t.channel, t.month;

WITH RECURSIVE up(agency, code) AS (
  SELECT DISTINCT agency_code, agency_code FROM stat_days
  UNION SELECT up.agency, a.parent_code FROM agencies a JOIN up ON a.code = up.code
  WHERE a.parent_code IS NOT NULL AND a.parent_code <> '')
INSERT INTO stat_proc_totals (agency_code, procedure_code, channel, in_progress, waiting_for_applicant, overdue)
  SELECT up.code, t.procedure_code, t.channel, SUM(t.in_progress), SUM(t.waiting_for_applicant), SUM(t.overdue)
  FROM stat_totals t JOIN up ON up.agency = t.agency_code
  GROUP BY up.code, t.procedure_code, t.channel;

INSERT INTO stat_own_days (agency_code, procedure_code, channel, day, received, withdrawn, refused, supplement_requests, apologies, finished_early, finished_on_time, finished_late, finished_on_time_national, finished_late_national, late_without_apology, refused_at_reception, in_progress, waiting_for_applicant, overdue, timed_finishes, processing_seconds, allowed_seconds, processing_le_1h, processing_le_2h, processing_le_4h, processing_le_8h, processing_le_16h, processing_le_24h, processing_le_40h, processing_le_56h, processing_le_80h, processing_le_120h, processing_le_160h, processing_le_240h, processing_le_400h, processing_le_800h, processing_over_800h, ratings, ratings_satisfied, ratings_dissatisfied)
  SELECT agency_code, '*', channel, day, SUM(received), SUM(withdrawn), SUM(refused), SUM(supplement_requests), SUM(apologies), SUM(finished_early), SUM(finished_on_time), SUM(finished_late), SUM(finished_on_time_national), SUM(finished_late_national), SUM(late_without_apology), SUM(refused_at_reception), SUM(in_progress), SUM(waiting_for_applicant), SUM(overdue), SUM(timed_finishes), SUM(processing_seconds), SUM(allowed_seconds), SUM(processing_le_1h), SUM(processing_le_2h), SUM(processing_le_4h), SUM(processing_le_8h), SUM(processing_le_16h), SUM(processing_le_24h), SUM(processing_le_40h), SUM(processing_le_56h), SUM(processing_le_80h), SUM(processing_le_120h), SUM(processing_le_160h), SUM(processing_le_240h), SUM(processing_le_400h), SUM(processing_le_800h), SUM(processing_over_800h), SUM(ratings), SUM(ratings_satisfied), SUM(ratings_dissatisfied)
  FROM stat_days GROUP BY agency_code, channel, day;

INSERT INTO stat_own_months (agency_code, procedure_code, channel, month, received, withdrawn, refused, supplement_requests, apologies, finished_early, finished_on_time, finished_late, finished_on_time_national, finished_late_national, late_without_apology, refused_at_reception, in_progress, waiting_for_applicant, overdue, timed_finishes, processing_seconds, allowed_seconds, processing_le_1h, processing_le_2h, processing_le_4h, processing_le_8h, processing_le_16h, processing_le_24h, processing_le_40h, processing_le_56h, processing_le_80h, processing_le_120h, processing_le_160h, processing_le_240h, processing_le_400h, processing_le_800h, processing_over_800h, ratings, ratings_satisfied, ratings_dissatisfied)
  SELECT agency_code, '*', channel, month, SUM(received), SUM(withdrawn), SUM(refused), SUM(supplement_requests), SUM(apologies), SUM(finished_early), SUM(finished_on_time), SUM(finished_late), SUM(finished_on_time_national), SUM(finished_late_national), SUM(late_without_apology), SUM(refused_at_reception), SUM(in_progress), SUM(waiting_for_applicant), SUM(overdue), SUM(timed_finishes), SUM(processing_seconds), SUM(allowed_seconds), SUM(processing_le_1h), SUM(processing_le_2h), SUM(processing_le_4h), SUM(processing_le_8h), SUM(processing_le_16h), SUM(processing_le_24h), SUM(processing_le_40h), SUM(processing_le_56h), SUM(processing_le_80h), SUM(processing_le_120h), SUM(processing_le_160h), SUM(processing_le_240h), SUM(processing_le_400h), SUM(processing_le_800h), SUM(processing_over_800h), SUM(ratings), SUM(ratings_satisfied), SUM(ratings_dissatisfied)
  FROM stat_months GROUP BY agency_code, channel, month;

INSERT INTO stat_own_totals (agency_code, procedure_code, channel, in_progress, waiting_for_applicant, overdue)
  SELECT agency_code, '*', channel, SUM(in_progress), SUM(waiting_for_applicant), SUM(overdue)
  FROM stat_totals GROUP BY agency_code, channel;
