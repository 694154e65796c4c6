-- engine: postgres
-- A rating is the applicant's word (0016_ratings_append_only_sqlite.sql).
CREATE TRIGGER ratings_no_update BEFORE UPDATE ON ratings
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER ratings_no_delete BEFORE DELETE ON ratings
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER ratings_no_truncate BEFORE TRUNCATE ON ratings
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
