-- Initial schema. Only SQL that SQLite 3.40 and PostgreSQL 15 both accept.

CREATE TABLE admin_units (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  full_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent_code TEXT,
  valid_from TEXT,
  valid_to TEXT
);

CREATE TABLE agencies (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,            -- province | commune | department | centre | ministry | district
  parent_code TEXT REFERENCES agencies(code),
  admin_unit_code TEXT,
  fields TEXT NOT NULL DEFAULT '[]',       -- JSON array of field names it is competent for
  office_hours TEXT                        -- JSON; NULL = the default office hours
);

CREATE TABLE procedures (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  field TEXT NOT NULL,
  levels TEXT NOT NULL,           -- JSON array
  status TEXT NOT NULL,
  version INTEGER NOT NULL,
  body TEXT NOT NULL,             -- the whole procedure in the project's JSON format
  updated_at TEXT NOT NULL
);

-- Every version a procedure ever had; a dossier points at the version it was received under.
CREATE TABLE procedure_versions (
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (code, version)
);

CREATE TABLE users (
  username TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  full_name TEXT NOT NULL,
  role TEXT NOT NULL,
  agency_code TEXT NOT NULL REFERENCES agencies(code),
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  username TEXT NOT NULL REFERENCES users(username),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE dossier_sequences (
  agency_code TEXT NOT NULL,
  day TEXT NOT NULL,              -- YYMMDD
  last_number INTEGER NOT NULL,
  PRIMARY KEY (agency_code, day)
);

CREATE TABLE dossiers (
  code TEXT PRIMARY KEY,
  procedure_code TEXT NOT NULL,
  procedure_version INTEGER NOT NULL,
  receiving_agency TEXT NOT NULL,
  competent_agency TEXT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  current_step TEXT,
  step_agency TEXT,
  step_role TEXT,
  assignee TEXT,
  received_at TEXT NOT NULL,
  due_at TEXT NOT NULL,
  step_due_at TEXT,
  finished_at TEXT,
  applicant_name TEXT NOT NULL,
  applicant_id_number TEXT NOT NULL,
  applicant_phone TEXT NOT NULL,
  applicant_phone_last4 TEXT NOT NULL,
  applicant_email TEXT,
  applicant_address TEXT,
  documents TEXT NOT NULL,        -- JSON array of documents received
  received_by TEXT NOT NULL,
  idempotency_key TEXT UNIQUE,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX dossiers_queue ON dossiers (step_agency, status, step_due_at);
CREATE INDEX dossiers_received ON dossiers (receiving_agency, received_at);

-- Append-only history, hash-chained per receiving agency (chain_key).
CREATE TABLE dossier_events (
  seq INTEGER PRIMARY KEY,
  chain_key TEXT NOT NULL,
  chain_pos INTEGER NOT NULL,
  dossier_code TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  details TEXT NOT NULL,          -- JSON with the action's own data
  note TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  UNIQUE (chain_key, chain_pos)
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_code, seq);

CREATE TABLE chain_heads (
  chain_key TEXT PRIMARY KEY,
  pos INTEGER NOT NULL,
  hash TEXT NOT NULL
);

CREATE TABLE rate_limits (
  bucket TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
