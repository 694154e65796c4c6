-- engine: postgres
-- As 0036_uploads_resealable_sqlite.sql: only the content may be sealed (again).
DROP TRIGGER uploads_no_update ON uploads;
CREATE TRIGGER uploads_no_update BEFORE UPDATE OF sha256, media_type, size, stored_at ON uploads
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
