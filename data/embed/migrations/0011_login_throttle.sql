-- Login throttling (issue 10): wrong passwords counted per username and per client address,
-- kept here so that every node of a province shares the counts and a restart keeps them
-- (the rule: include/motcua/auth/login_throttle.hpp). Only SQL that SQLite 3.40 and
-- PostgreSQL 15 both accept. Times in login_throttle are Unix seconds, compared as numbers.
CREATE TABLE login_throttle (
  subject TEXT NOT NULL,          -- username | address
  subject_key TEXT NOT NULL,      -- the username as typed (known or not), or the address
                                  -- (IPv6: its /64)
  failures INTEGER NOT NULL,      -- failures counted in the present window
  window_start INTEGER NOT NULL,  -- the first of them
  locked_until INTEGER,           -- attempts before this are refused; NULL = no lock
  PRIMARY KEY (subject, subject_key)
);
-- Counters whose window has passed and whose lock has run out are deleted as failures come.
CREATE INDEX login_throttle_windows ON login_throttle (subject, window_start);

-- Every login that checked a password: who (the username as typed), when, from which address,
-- and what came of it: success | failure | locked (the failure recorded just before it locked
-- locked_subject until locked_until). Attempts refused while locked check no password and are
-- not recorded: a flood of them costs one read each and cannot fill the disk.
CREATE TABLE login_events (
  at TEXT NOT NULL,
  username TEXT NOT NULL,
  address TEXT NOT NULL,
  outcome TEXT NOT NULL,
  locked_subject TEXT,
  locked_until TEXT
);
CREATE INDEX login_events_username ON login_events (username, at);
CREATE INDEX login_events_address ON login_events (address, at);
