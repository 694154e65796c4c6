-- Reception notices (issue 11): Form 02 (guidance to supplement) or Form 03 (refusal to
-- receive) issued at the desk for a dossier that is not received (Decree 61/2018 Art. 15(2)).
-- Nothing is received, so a notice has no dossier code and never counts as a dossier; the
-- record of it is kept as issued (append-only, 0014_reception_notices_append_only_sqlite.sql).
-- Times are ISO-8601 with +07:00, compared as text.
CREATE TABLE reception_notice_sequences (
  agency_code TEXT NOT NULL,
  year TEXT NOT NULL,              -- YYYY of the issue date
  last_number INTEGER NOT NULL,
  PRIMARY KEY (agency_code, year)
);

CREATE TABLE reception_notices (
  id TEXT PRIMARY KEY,             -- <agency>-TB<YY>-<NNNN>
  number INTEGER NOT NULL,         -- the agency's number of the year
  kind TEXT NOT NULL,              -- supplement (Form 02) | refusal (Form 03)
  agency_code TEXT NOT NULL,       -- the issuing officer's agency
  issued_by TEXT NOT NULL,         -- username
  issuer_name TEXT NOT NULL,       -- the officer's full name when issued (printed as signer)
  issued_at TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  procedure_version INTEGER NOT NULL,
  procedure_name TEXT NOT NULL,
  channel TEXT NOT NULL,
  applicant_name TEXT NOT NULL,
  applicant_id_number TEXT NOT NULL DEFAULT '',
  applicant_phone TEXT NOT NULL,
  applicant_email TEXT NOT NULL DEFAULT '',
  applicant_address TEXT NOT NULL DEFAULT '',
  items TEXT NOT NULL DEFAULT '[]', -- JSON array of {content, reason} (Form 02)
  reason TEXT NOT NULL DEFAULT '',  -- Form 03
  contact_phone TEXT NOT NULL DEFAULT '',
  idempotency_key TEXT              -- the client's Idempotency-Key; NULL when none was sent
);
CREATE INDEX reception_notices_agency ON reception_notices (agency_code, issued_at, id);
-- A retry with the same key finds the notice it made (both engines allow many NULLs).
CREATE UNIQUE INDEX reception_notices_idempotency ON reception_notices (idempotency_key);
