-- engine: sqlite
-- A reception notice stays as issued, but its sealed fields may be sealed again under a new
-- key (`motcua pdp rotate-key`), which changes their stored form and not what they say: the
-- trigger now refuses an update of any other column.
DROP TRIGGER reception_notices_no_update;
CREATE TRIGGER reception_notices_no_update
BEFORE UPDATE OF id, number, kind, agency_code, issued_by, issuer_name, issued_at,
  procedure_code, procedure_version, procedure_name, channel, applicant_name, items, reason,
  contact_phone, idempotency_key ON reception_notices
BEGIN SELECT RAISE(ABORT, 'reception_notices is append-only'); END;
