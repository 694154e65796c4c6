-- engine: postgres
-- The record of logins is evidence (0011_login_throttle_append_only_sqlite.sql).
CREATE TRIGGER login_events_no_update BEFORE UPDATE ON login_events
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER login_events_no_delete BEFORE DELETE ON login_events
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER login_events_no_truncate BEFORE TRUNCATE ON login_events
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
