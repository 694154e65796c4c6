-- engine: postgres
-- As 0036_uploads_sealed_guards_sqlite.sql: only the content may be sealed (again).
DROP TRIGGER uploads_no_update ON uploads;
CREATE TRIGGER uploads_no_update BEFORE UPDATE OF sha256, media_type, size, stored_at ON uploads
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
-- A sealed file is never marked as in clear again (0036_uploads_sealed_guards_sqlite.sql).
CREATE FUNCTION motcua_upload_stays_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.content_sealed < OLD.content_sealed THEN
    RAISE EXCEPTION 'uploads is append-only' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER uploads_stay_sealed BEFORE UPDATE OF content_sealed ON uploads
  FOR EACH ROW EXECUTE FUNCTION motcua_upload_stays_sealed();
