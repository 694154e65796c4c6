-- engine: postgres
-- As 0034_reception_notices_resealable_sqlite.sql: only the sealed fields may be sealed again.
DROP TRIGGER reception_notices_no_update ON reception_notices;
CREATE TRIGGER reception_notices_no_update
BEFORE UPDATE OF id, number, kind, agency_code, issued_by, issuer_name, issued_at,
  procedure_code, procedure_version, procedure_name, channel, applicant_name, items, reason,
  contact_phone, idempotency_key ON reception_notices
FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
