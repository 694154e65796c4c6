-- engine: postgres
-- As 0035_personal_data_erasure_guards_sqlite.sql. A trigger's WHEN cannot query on
-- PostgreSQL, so the guards are functions.
CREATE TRIGGER retention_periods_no_update BEFORE UPDATE ON retention_periods
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER retention_periods_no_delete BEFORE DELETE ON retention_periods
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER retention_periods_no_truncate BEFORE TRUNCATE ON retention_periods
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER personal_data_erasures_no_update BEFORE UPDATE ON personal_data_erasures
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER personal_data_erasures_no_delete BEFORE DELETE ON personal_data_erasures
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE TRIGGER personal_data_erasures_no_truncate BEFORE TRUNCATE ON personal_data_erasures
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();

-- Refuses the change unless the erasure of everything of `record` is on record.
CREATE FUNCTION motcua_refuse_unless_erased(record TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM personal_data_erasures e
                 WHERE e.record = motcua_refuse_unless_erased.record
                   AND e.scope = 'everything') THEN
    RAISE EXCEPTION 'append-only until its personal data is erased'
      USING ERRCODE = 'restrict_violation';
  END IF;
END
$$;

DROP TRIGGER reception_notices_no_update ON reception_notices;
CREATE TRIGGER reception_notices_no_update
BEFORE UPDATE OF id, number, kind, agency_code, issued_by, issuer_name, issued_at,
  procedure_code, procedure_version, procedure_name, channel, items, reason,
  contact_phone, idempotency_key ON reception_notices
FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE FUNCTION motcua_notice_name_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM motcua_refuse_unless_erased(OLD.id);
  RETURN NEW;
END
$$;
CREATE TRIGGER reception_notices_name_kept BEFORE UPDATE OF applicant_name ON reception_notices
  FOR EACH ROW EXECUTE FUNCTION motcua_notice_name_kept();

CREATE FUNCTION motcua_dossier_upload_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM motcua_refuse_unless_erased(OLD.dossier_code);
  RETURN OLD;
END
$$;
DROP TRIGGER dossier_uploads_no_delete ON dossier_uploads;
CREATE TRIGGER dossier_uploads_no_delete BEFORE DELETE ON dossier_uploads
  FOR EACH ROW EXECUTE FUNCTION motcua_dossier_upload_kept();

CREATE FUNCTION motcua_upload_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM dossier_uploads WHERE sha256 = OLD.sha256) THEN
    RAISE EXCEPTION 'uploads is append-only while a dossier names the file'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END
$$;
DROP TRIGGER uploads_no_delete ON uploads;
CREATE TRIGGER uploads_no_delete BEFORE DELETE ON uploads
  FOR EACH ROW EXECUTE FUNCTION motcua_upload_kept();
