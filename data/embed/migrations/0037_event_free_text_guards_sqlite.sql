-- engine: sqlite
-- History rows stay as written, except that an erasure of everything on record for the
-- dossier may empty an event's free text and its salt (0037_event_free_text.sql). Which
-- columns the erasure left is for `audit verify` to judge: the hash covers all but these.
DROP TRIGGER dossier_events_no_update;
CREATE TRIGGER dossier_events_no_update
BEFORE UPDATE OF seq, chain_key, chain_pos, dossier_code, at, actor, action, from_status,
  to_status, prev_hash, hash, text_digest ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;
CREATE TRIGGER dossier_events_text_kept BEFORE UPDATE OF note, details, text_salt ON dossier_events
WHEN OLD.text_digest IS NULL OR NEW.text_salt IS NOT '' OR NEW.note <> ''
  OR NOT EXISTS (SELECT 1 FROM personal_data_erasures WHERE record = OLD.dossier_code
                 AND record_kind = 'dossier' AND scope = 'everything')
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;

-- A rating's comment is the applicant's own words: it may be emptied by the same erasure.
DROP TRIGGER ratings_no_update;
CREATE TRIGGER ratings_no_update
BEFORE UPDATE OF dossier_code, level, rated_at, agency_code ON ratings
BEGIN SELECT RAISE(ABORT, 'ratings is append-only'); END;
CREATE TRIGGER ratings_comment_kept BEFORE UPDATE OF comment ON ratings
WHEN NEW.comment <> '' OR NOT EXISTS (SELECT 1 FROM personal_data_erasures
                                      WHERE record = OLD.dossier_code
                                        AND record_kind = 'dossier' AND scope = 'everything')
BEGIN SELECT RAISE(ABORT, 'ratings is append-only'); END;

-- So may what a reception notice (Form 02 / 03) asked for and why, once it is erased whole.
DROP TRIGGER reception_notices_no_update;
CREATE TRIGGER reception_notices_no_update
BEFORE UPDATE OF id, number, kind, agency_code, issued_by, issuer_name, issued_at,
  procedure_code, procedure_version, procedure_name, channel,
  contact_phone, idempotency_key ON reception_notices
BEGIN SELECT RAISE(ABORT, 'reception_notices is append-only'); END;
CREATE TRIGGER reception_notices_reason_kept BEFORE UPDATE OF reason, items ON reception_notices
WHEN NEW.reason <> '' OR NEW.items <> '[]'
  OR NOT EXISTS (SELECT 1 FROM personal_data_erasures
                 WHERE record = OLD.id AND record_kind = 'notice' AND scope = 'everything')
BEGIN SELECT RAISE(ABORT, 'reception_notices is append-only'); END;
