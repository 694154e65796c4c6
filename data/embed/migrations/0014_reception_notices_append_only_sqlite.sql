-- engine: sqlite
-- A reception notice (0014_reception_notices.sql) is a document handed to the applicant:
-- never changed or removed.
CREATE TRIGGER reception_notices_no_update BEFORE UPDATE ON reception_notices
BEGIN SELECT RAISE(ABORT, 'reception_notices is append-only'); END;
CREATE TRIGGER reception_notices_no_delete BEFORE DELETE ON reception_notices
BEGIN SELECT RAISE(ABORT, 'reception_notices is append-only'); END;
