-- engine: postgres
-- The boundary-free list's edit history is append-only (0017_boundary_free_history_sqlite.sql).
CREATE TRIGGER boundary_free_edits_no_update BEFORE UPDATE ON boundary_free_edits
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER boundary_free_edits_no_delete BEFORE DELETE ON boundary_free_edits
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER boundary_free_edits_no_truncate BEFORE TRUNCATE ON boundary_free_edits
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
