-- engine: postgres
-- The accounts' edit history is append-only (0030_user_edits_sqlite.sql).
CREATE TRIGGER user_edits_no_update BEFORE UPDATE ON user_edits
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER user_edits_no_delete BEFORE DELETE ON user_edits
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER user_edits_no_truncate BEFORE TRUNCATE ON user_edits
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
