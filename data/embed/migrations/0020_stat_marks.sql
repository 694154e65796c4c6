-- The dossiers behind each figure (issue 12, point 4): every dossier's contribution to the
-- counters, kept per dossier (include/motcua/stats/marks.hpp) in the same transaction as the
-- counters, so the list behind a figure reads one index range in its own order (keyset
-- paging, O(page)) and holds exactly the dossiers that figure counts.
--   flow marks   from_day = until_day = the day it happened, `count` times;
--   stock marks  in the state at the end of every day from from_day to the day before
--                until_day ('9999-12-31' while it stays).
CREATE TABLE stat_marks (
  dossier_code TEXT NOT NULL,
  measure TEXT NOT NULL,
  from_day TEXT NOT NULL,
  until_day TEXT NOT NULL,
  count INTEGER NOT NULL,
  agency_code TEXT NOT NULL,       -- the counters' key: competent agency, procedure, channel
  procedure_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  PRIMARY KEY (dossier_code, measure, from_day)
);
-- A flow's list: the agencies of a subtree in order, each a range of days.
CREATE INDEX stat_marks_flow ON stat_marks (measure, agency_code, from_day, dossier_code);
-- A stock's list at the end of day T: the stretches that end after T (the open ones last).
CREATE INDEX stat_marks_stock ON stat_marks (measure, agency_code, until_day, from_day,
  dossier_code);

-- Dossiers recorded before this table are marked by the rebuild the server runs at start.
INSERT INTO stat_meta (name, value) SELECT 'needs_rebuild', '1' WHERE EXISTS (SELECT 1 FROM dossiers)
  ON CONFLICT (name) DO UPDATE SET value = '1';
