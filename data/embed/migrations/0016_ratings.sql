-- Ratings of the service (issue 11; Decision 766 indicator 5.4): one per dossier, given on the
-- public status page by the applicant (dossier code + last 4 phone digits) once the result was
-- returned. The same rating is a `rated` event in the dossier's history, whose details carry
-- the level's code; this table keeps the one-per-dossier rule (the primary key) and is
-- append-only (0016_ratings_append_only_sqlite.sql).
CREATE TABLE ratings (
  dossier_code TEXT PRIMARY KEY,
  level TEXT NOT NULL,              -- a code of data/embed/ratings/levels.tsv
  comment TEXT NOT NULL DEFAULT '',
  rated_at TEXT NOT NULL,
  agency_code TEXT NOT NULL         -- the dossier's competent agency
);
CREATE INDEX ratings_agency ON ratings (agency_code, rated_at);
