-- The dossier carries its own statutory appointment and outcome (issue 9), so lists and
-- reports read them from the row instead of deriving them from its history:
--   statutory_due_at  the appointment the outcome is judged against: the one given at
--                     reception (or at a restart after a supplement), moved only by pauses
--                     whose reason stops the clock, never by an apology (Decree 61/2018
--                     Art. 19(9));
--   outcome           early | on_time | late once finished by a decision; NULL before and for a
--                     withdrawn dossier;
--   apologized_at     when the apology (Form 04) was made; NULL without one.
ALTER TABLE dossiers ADD COLUMN statutory_due_at TEXT;
ALTER TABLE dossiers ADD COLUMN outcome TEXT;
ALTER TABLE dossiers ADD COLUMN apologized_at TEXT;
UPDATE dossiers SET statutory_due_at = due_at;
