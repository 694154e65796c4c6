-- engine: postgres
-- A reception notice is never changed or removed (0014_reception_notices_append_only_sqlite.sql).
CREATE TRIGGER reception_notices_no_update BEFORE UPDATE ON reception_notices
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER reception_notices_no_delete BEFORE DELETE ON reception_notices
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER reception_notices_no_truncate BEFORE TRUNCATE ON reception_notices
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
