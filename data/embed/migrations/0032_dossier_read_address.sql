-- Each staff read of a full dossier names where it came from as well (issue 14, point 3: who,
-- when, from where), and the reads of one officer can be listed for the agency's admin. Only
-- SQL that SQLite 3.40 and PostgreSQL 15 both accept.
ALTER TABLE dossier_reads ADD COLUMN address TEXT NOT NULL DEFAULT '';
-- A read of a reception notice (Form 02/03, which holds the applicant's data) names the notice;
-- its dossier_code is the dossier the notice answered, or empty.
ALTER TABLE dossier_reads ADD COLUMN notice_id TEXT NOT NULL DEFAULT '';
CREATE INDEX dossier_reads_notice ON dossier_reads (notice_id);
CREATE INDEX dossier_reads_username ON dossier_reads (username, at);
