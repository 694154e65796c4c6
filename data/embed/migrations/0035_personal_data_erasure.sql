-- Erasure of an applicant's personal data (issue 14, point 3; Law 91/2025 Art. 14;
-- include/motcua/dossier/erasure.hpp). Only SQL that SQLite 3.40 and PostgreSQL 15 both accept.

-- How long the records of a procedure are kept, as the province's retention schedule says:
-- every setting, never updated or deleted (0035_personal_data_erasure_guards_*.sql); the
-- highest version of a procedure is in force. procedure_code '*' applies to every procedure
-- without its own row; years NULL keeps the records permanently.
CREATE TABLE retention_periods (
  procedure_code TEXT NOT NULL,
  version INTEGER NOT NULL,       -- 1, 2, … per procedure_code
  years INTEGER,
  basis TEXT NOT NULL,            -- the retention schedule it follows, as the admin cited it
  set_by TEXT NOT NULL,           -- "cli:<system user>"
  set_at TEXT NOT NULL,
  PRIMARY KEY (procedure_code, version)
);

-- Every erasure, never updated or deleted: of which record (a dossier's code or a reception
-- notice's id), how much, on which ground, by whom. It names no erased value. An erasure of
-- everything is also what lets the guards of append-only tables (uploads, notices) give way.
CREATE TABLE personal_data_erasures (
  record TEXT NOT NULL,
  record_kind TEXT NOT NULL,      -- dossier | notice
  scope TEXT NOT NULL,            -- contact | everything
  ground TEXT NOT NULL,           -- subject-request | purpose-completed | retention-ended | authority-decision
  decision TEXT NOT NULL DEFAULT '',
  erased_by TEXT NOT NULL,
  erased_at TEXT NOT NULL,
  PRIMARY KEY (record, scope)
);
