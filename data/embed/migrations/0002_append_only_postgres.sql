-- engine: postgres
-- History rows are never updated or deleted (0002_append_only_sqlite.sql on SQLite). One
-- function refuses the change for every append-only table; its SQLSTATE is of class 23 (a
-- broken constraint), as SQLite's RAISE(ABORT) in a trigger is, so both engines give the same
-- error to the caller. TRUNCATE, which SQLite lacks, is refused too.
CREATE FUNCTION motcua_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER dossier_events_no_truncate BEFORE TRUNCATE ON dossier_events
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
