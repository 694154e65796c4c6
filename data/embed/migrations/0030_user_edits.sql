-- Staff accounts managed by `motcua user add|passwd|disable|enable` (issue 14, point 4). Only
-- SQL that SQLite 3.40 and PostgreSQL 15 both accept.

-- Every change of an account, never updated or deleted (triggers in 0030_user_edits_*.sql):
-- who changed what, when. Password hashes are never copied here; a new password is recorded
-- as the fact that it was set.
CREATE TABLE user_edits (
  username TEXT NOT NULL,
  version INTEGER NOT NULL,       -- 1, 2, … per username
  action TEXT NOT NULL,           -- add | passwd | disable | enable
  old_body TEXT,                  -- {"full_name", "role", "agency_code", "active"}; NULL on add
  new_body TEXT NOT NULL,
  edited_by TEXT NOT NULL,        -- "cli:<system user>" for the command line
  edited_at TEXT NOT NULL,
  PRIMARY KEY (username, version)
);
