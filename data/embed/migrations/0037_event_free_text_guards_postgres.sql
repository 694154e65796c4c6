-- engine: postgres
-- As 0037_event_free_text_guards_sqlite.sql, with the guards as functions.

-- Refuses the change unless the erasure of everything of the record of that kind is on record.
CREATE FUNCTION motcua_refuse_unless_erased_kind(record TEXT, kind TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM personal_data_erasures e
                 WHERE e.record = motcua_refuse_unless_erased_kind.record
                   AND e.record_kind = motcua_refuse_unless_erased_kind.kind
                   AND e.scope = 'everything') THEN
    RAISE EXCEPTION 'append-only until its personal data is erased'
      USING ERRCODE = 'restrict_violation';
  END IF;
END
$$;
DROP TRIGGER dossier_events_no_update ON dossier_events;
CREATE TRIGGER dossier_events_no_update
BEFORE UPDATE OF seq, chain_key, chain_pos, dossier_code, at, actor, action, from_status,
  to_status, prev_hash, hash, text_digest ON dossier_events
FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE FUNCTION motcua_event_text_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.text_digest IS NULL OR NEW.text_salt IS DISTINCT FROM '' OR NEW.note <> '' THEN
    RAISE EXCEPTION 'dossier_events is append-only' USING ERRCODE = 'restrict_violation';
  END IF;
  PERFORM motcua_refuse_unless_erased_kind(OLD.dossier_code, 'dossier');
  RETURN NEW;
END
$$;
CREATE TRIGGER dossier_events_text_kept BEFORE UPDATE OF note, details, text_salt ON dossier_events
  FOR EACH ROW EXECUTE FUNCTION motcua_event_text_kept();

DROP TRIGGER ratings_no_update ON ratings;
CREATE TRIGGER ratings_no_update
BEFORE UPDATE OF dossier_code, level, rated_at, agency_code ON ratings
FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE FUNCTION motcua_rating_comment_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.comment <> '' THEN
    RAISE EXCEPTION 'ratings is append-only' USING ERRCODE = 'restrict_violation';
  END IF;
  PERFORM motcua_refuse_unless_erased_kind(OLD.dossier_code, 'dossier');
  RETURN NEW;
END
$$;
CREATE TRIGGER ratings_comment_kept BEFORE UPDATE OF comment ON ratings
  FOR EACH ROW EXECUTE FUNCTION motcua_rating_comment_kept();

DROP TRIGGER reception_notices_no_update ON reception_notices;
CREATE TRIGGER reception_notices_no_update
BEFORE UPDATE OF id, number, kind, agency_code, issued_by, issuer_name, issued_at,
  procedure_code, procedure_version, procedure_name, channel,
  contact_phone, idempotency_key ON reception_notices
FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
CREATE FUNCTION motcua_notice_reason_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.reason <> '' OR NEW.items <> '[]' THEN
    RAISE EXCEPTION 'reception_notices is append-only' USING ERRCODE = 'restrict_violation';
  END IF;
  PERFORM motcua_refuse_unless_erased_kind(OLD.id, 'notice');
  RETURN NEW;
END
$$;
CREATE TRIGGER reception_notices_reason_kept BEFORE UPDATE OF reason, items ON reception_notices
  FOR EACH ROW EXECUTE FUNCTION motcua_notice_reason_kept();
