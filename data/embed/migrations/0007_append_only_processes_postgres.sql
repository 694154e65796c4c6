-- engine: postgres
-- A stored process version is never changed or removed (0007_append_only_processes_sqlite.sql).
CREATE TRIGGER process_definitions_no_update BEFORE UPDATE ON process_definitions
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER process_definitions_no_delete BEFORE DELETE ON process_definitions
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER process_definitions_no_truncate BEFORE TRUNCATE ON process_definitions
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
