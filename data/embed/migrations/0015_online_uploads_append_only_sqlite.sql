-- engine: sqlite
-- Uploaded files and a dossier's list of them (0015_online_uploads.sql) are kept as submitted:
-- never changed or removed.
CREATE TRIGGER uploads_no_update BEFORE UPDATE ON uploads
BEGIN SELECT RAISE(ABORT, 'uploads is append-only'); END;
CREATE TRIGGER uploads_no_delete BEFORE DELETE ON uploads
BEGIN SELECT RAISE(ABORT, 'uploads is append-only'); END;
CREATE TRIGGER dossier_uploads_no_update BEFORE UPDATE ON dossier_uploads
BEGIN SELECT RAISE(ABORT, 'dossier_uploads is append-only'); END;
CREATE TRIGGER dossier_uploads_no_delete BEFORE DELETE ON dossier_uploads
BEGIN SELECT RAISE(ABORT, 'dossier_uploads is append-only'); END;
