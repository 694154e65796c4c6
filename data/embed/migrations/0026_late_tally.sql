-- The apology report's counts (issue 9, point 6: the first page within 5 ms at a million
-- dossiers, whatever the period): how many late dossiers, with and without an apology, each
-- agency has per local day of their statutory appointment. A dossier counts in a row while it
-- is late or will be once its appointment passes: decided late, or undecided, open and with
-- its clock running (queue_repository.cpp's MOTCUA_LATE, word for word). Its agency's row
-- ('competent'), and the receiving agency's ('received') when that is another agency, as the
-- report's two lists. store/late_tally.cpp moves a dossier between rows in the same statement
-- group as every insert and update of the dossier; the report reads whole days here and only
-- the two partial days (the period's first and today) from the dossiers' partial indexes.
-- Times are ISO text with the +07:00 offset, so the first ten characters are the local day.
CREATE TABLE late_tally (
  agency_code TEXT NOT NULL,
  side TEXT NOT NULL,
  apologized INTEGER NOT NULL,
  due_day TEXT NOT NULL,
  dossiers INTEGER NOT NULL,
  PRIMARY KEY (agency_code, side, apologized, due_day)
);
INSERT INTO late_tally (agency_code, side, apologized, due_day, dossiers)
SELECT competent_agency, 'competent', CASE WHEN apologized_at IS NULL THEN 0 ELSE 1 END,
       substr(statutory_due_at, 1, 10), COUNT(*)
  FROM dossiers
 WHERE statutory_due_at IS NOT NULL AND (outcome = 'late' OR (outcome IS NULL AND
       clock_stopped = 0 AND status NOT IN ('returned', 'refused', 'withdrawn')))
 GROUP BY competent_agency, CASE WHEN apologized_at IS NULL THEN 0 ELSE 1 END,
       substr(statutory_due_at, 1, 10);
INSERT INTO late_tally (agency_code, side, apologized, due_day, dossiers)
SELECT receiving_agency, 'received', CASE WHEN apologized_at IS NULL THEN 0 ELSE 1 END,
       substr(statutory_due_at, 1, 10), COUNT(*)
  FROM dossiers
 WHERE statutory_due_at IS NOT NULL AND competent_agency <> receiving_agency AND
       (outcome = 'late' OR (outcome IS NULL AND clock_stopped = 0 AND
       status NOT IN ('returned', 'refused', 'withdrawn')))
 GROUP BY receiving_agency, CASE WHEN apologized_at IS NULL THEN 0 ELSE 1 END,
       substr(statutory_due_at, 1, 10);
