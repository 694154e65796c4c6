-- Working calendar data an admin edits (issue 4). Only SQL that SQLite 3.40 and PostgreSQL 15
-- both accept.

-- Official yearly schedules entered or corrected by an admin: one row per schedule id, its body
-- one YearSchedule object in the schedule JSON format (include/motcua/calendar/schedule.hpp).
-- A row with the id of a schedule shipped with the program replaces that one.
CREATE TABLE calendar_schedules (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL,       -- the calendar_edits version that wrote this body
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Every edit of a schedule or of an agency's office hours, never updated or deleted, so an
-- admin's change can be audited: who, when, the body before and after.
CREATE TABLE calendar_edits (
  subject TEXT NOT NULL,          -- schedule | office_hours
  subject_id TEXT NOT NULL,       -- the schedule id or the agency code
  version INTEGER NOT NULL,       -- 1, 2, … per subject
  action TEXT NOT NULL,           -- put | delete
  old_body TEXT,                  -- NULL when there was none
  new_body TEXT,                  -- NULL when deleted
  edited_by TEXT NOT NULL,
  edited_at TEXT NOT NULL,
  PRIMARY KEY (subject, subject_id, version)
);

-- Per-agency deployment policy: 1 = day-based limits count as N x 8 working hours from
-- receipt, 0 = the Civil Code rule, NULL = as the parent agency (default 0 at the root).
ALTER TABLE agencies ADD COLUMN day_limits_as_hours INTEGER;
