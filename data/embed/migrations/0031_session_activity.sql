-- Sessions end after a spell without requests as well as at their absolute end (issue 14,
-- point 4), and an officer can see and end the sessions of their account. Only SQL that
-- SQLite 3.40 and PostgreSQL 15 both accept.

-- Unix seconds as text, like expires_at. Sessions from before this migration read as idle
-- since 1970: their officers log in again once.
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT NOT NULL DEFAULT '0';
-- The client address that logged in (after the trusted proxy), shown in the list of sessions.
ALTER TABLE sessions ADD COLUMN address TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_username ON sessions (username);
