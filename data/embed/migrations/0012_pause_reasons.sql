-- Pauses cannot hide lateness (issue 10). While paused, the dossier carries why and since
-- when; `clock_stopped` says its processing time is not running: it waits for the applicant's
-- supplement, or is paused for a reason the law lets stop the clock
-- (data/embed/workflow/pause_reasons.tsv). Such a dossier is never overdue in a queue or a
-- report; a pause whose reason does not stop the clock leaves it 0, so lateness shows.
ALTER TABLE dossiers ADD COLUMN pause_reason TEXT;
ALTER TABLE dossiers ADD COLUMN paused_at TEXT;
ALTER TABLE dossiers ADD COLUMN clock_stopped INTEGER NOT NULL DEFAULT 0;
-- Pauses from before the closed list had a free-text reason and moved every due time on
-- resume: they keep that meaning until resumed.
UPDATE dossiers SET clock_stopped = 1 WHERE status IN ('supplement_requested', 'paused');
UPDATE dossiers SET paused_at = (SELECT MAX(e.at) FROM dossier_events e
                                 WHERE e.dossier_code = dossiers.code AND e.action = 'pause')
  WHERE status = 'paused';

-- The apology report's indexes (0010) asked "not waiting for a supplement" by status; they
-- now ask whether the clock runs, word for word as store/queue_repository.cpp does.
DROP INDEX dossiers_unapologized_competent;
DROP INDEX dossiers_unapologized_received;
CREATE INDEX dossiers_unapologized_competent ON dossiers (competent_agency, statutory_due_at, code)
  WHERE apologized_at IS NULL AND (outcome = 'late' OR (outcome IS NULL AND clock_stopped = 0
    AND status NOT IN ('returned', 'refused', 'withdrawn')));
CREATE INDEX dossiers_unapologized_received ON dossiers (receiving_agency, statutory_due_at, code)
  WHERE apologized_at IS NULL AND competent_agency <> receiving_agency AND (outcome = 'late' OR
    (outcome IS NULL AND clock_stopped = 0 AND status NOT IN ('returned', 'refused', 'withdrawn')));

-- Paused dossiers, for the leaders' report of pauses: by agency holding them, oldest first.
CREATE INDEX dossiers_paused ON dossiers (step_agency, paused_at, code) WHERE status = 'paused';
