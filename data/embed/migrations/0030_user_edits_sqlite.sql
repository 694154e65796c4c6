-- engine: sqlite
-- The accounts' edit history is append-only, like calendar_edits.
CREATE TRIGGER user_edits_no_update BEFORE UPDATE ON user_edits
BEGIN SELECT RAISE(ABORT, 'user_edits is append-only'); END;
CREATE TRIGGER user_edits_no_delete BEFORE DELETE ON user_edits
BEGIN SELECT RAISE(ABORT, 'user_edits is append-only'); END;
