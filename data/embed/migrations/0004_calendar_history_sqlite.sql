-- engine: sqlite
-- The calendar's edit history is append-only, like dossier_events.
CREATE TRIGGER calendar_edits_no_update BEFORE UPDATE ON calendar_edits
BEGIN SELECT RAISE(ABORT, 'calendar_edits is append-only'); END;
CREATE TRIGGER calendar_edits_no_delete BEFORE DELETE ON calendar_edits
BEGIN SELECT RAISE(ABORT, 'calendar_edits is append-only'); END;
