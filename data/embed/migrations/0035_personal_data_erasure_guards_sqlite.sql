-- engine: sqlite
-- Retention settings and erasures are history: append-only.
CREATE TRIGGER retention_periods_no_update BEFORE UPDATE ON retention_periods
BEGIN SELECT RAISE(ABORT, 'retention_periods is append-only'); END;
CREATE TRIGGER retention_periods_no_delete BEFORE DELETE ON retention_periods
BEGIN SELECT RAISE(ABORT, 'retention_periods is append-only'); END;
CREATE TRIGGER personal_data_erasures_no_update BEFORE UPDATE ON personal_data_erasures
BEGIN SELECT RAISE(ABORT, 'personal_data_erasures is append-only'); END;
CREATE TRIGGER personal_data_erasures_no_delete BEFORE DELETE ON personal_data_erasures
BEGIN SELECT RAISE(ABORT, 'personal_data_erasures is append-only'); END;

-- A reception notice stays as issued, except that its applicant's data may be sealed again
-- (0034) or erased: the name only once the notice's erasure of everything is on record.
DROP TRIGGER reception_notices_no_update;
CREATE TRIGGER reception_notices_no_update
BEFORE UPDATE OF id, number, kind, agency_code, issued_by, issuer_name, issued_at,
  procedure_code, procedure_version, procedure_name, channel, items, reason,
  contact_phone, idempotency_key ON reception_notices
BEGIN SELECT RAISE(ABORT, 'reception_notices is append-only'); END;
CREATE TRIGGER reception_notices_name_kept BEFORE UPDATE OF applicant_name ON reception_notices
WHEN NOT EXISTS (SELECT 1 FROM personal_data_erasures
                 WHERE record = OLD.id AND scope = 'everything')
BEGIN SELECT RAISE(ABORT, 'reception_notices is append-only'); END;

-- Uploads stay as submitted until the dossier's erasure of everything is on record; a file
-- goes only when no dossier names it any more.
DROP TRIGGER dossier_uploads_no_delete;
CREATE TRIGGER dossier_uploads_no_delete BEFORE DELETE ON dossier_uploads
WHEN NOT EXISTS (SELECT 1 FROM personal_data_erasures
                 WHERE record = OLD.dossier_code AND scope = 'everything')
BEGIN SELECT RAISE(ABORT, 'dossier_uploads is append-only'); END;
DROP TRIGGER uploads_no_delete;
CREATE TRIGGER uploads_no_delete BEFORE DELETE ON uploads
WHEN EXISTS (SELECT 1 FROM dossier_uploads WHERE sha256 = OLD.sha256)
BEGIN SELECT RAISE(ABORT, 'uploads is append-only'); END;
