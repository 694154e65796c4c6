-- engine: sqlite
-- The record of logins (0011_login_throttle.sql) is evidence: never changed or removed.
CREATE TRIGGER login_events_no_update BEFORE UPDATE ON login_events
BEGIN SELECT RAISE(ABORT, 'login_events is append-only'); END;
CREATE TRIGGER login_events_no_delete BEFORE DELETE ON login_events
BEGIN SELECT RAISE(ABORT, 'login_events is append-only'); END;
