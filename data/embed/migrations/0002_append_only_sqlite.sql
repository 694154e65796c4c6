-- engine: sqlite
-- History rows are never updated or deleted.
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;
