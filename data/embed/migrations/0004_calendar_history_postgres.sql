-- engine: postgres
-- The calendar's edit history is append-only (0004_calendar_history_sqlite.sql on SQLite).
CREATE TRIGGER calendar_edits_no_update BEFORE UPDATE ON calendar_edits
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER calendar_edits_no_delete BEFORE DELETE ON calendar_edits
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER calendar_edits_no_truncate BEFORE TRUNCATE ON calendar_edits
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
