-- engine: postgres
-- Uploads are kept as submitted (0015_online_uploads_append_only_sqlite.sql).
CREATE TRIGGER uploads_no_update BEFORE UPDATE ON uploads
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER uploads_no_delete BEFORE DELETE ON uploads
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER uploads_no_truncate BEFORE TRUNCATE ON uploads
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER dossier_uploads_no_update BEFORE UPDATE ON dossier_uploads
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER dossier_uploads_no_delete BEFORE DELETE ON dossier_uploads
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER dossier_uploads_no_truncate BEFORE TRUNCATE ON dossier_uploads
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
