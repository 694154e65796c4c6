-- engine: sqlite
-- An uploaded file stays as submitted, but its content may be sealed (again, under a new key):
-- which changes its stored form, not the file. Any other column is refused.
DROP TRIGGER uploads_no_update;
CREATE TRIGGER uploads_no_update BEFORE UPDATE OF sha256, media_type, size, stored_at ON uploads
BEGIN SELECT RAISE(ABORT, 'uploads is append-only'); END;
-- A sealed file is never marked as in clear again: the server would seal whatever bytes were
-- put there (it also checks them against the file's SHA-256 first).
CREATE TRIGGER uploads_stay_sealed BEFORE UPDATE OF content_sealed ON uploads
WHEN NEW.content_sealed < OLD.content_sealed
BEGIN SELECT RAISE(ABORT, 'uploads is append-only'); END;
