-- Opinions asked of other agencies (Decree 61/2018 Art. 19(5); issue 10 point 8). A row is
-- written in the transaction of the forward event that asks (its `asked_seq`) and completed in
-- that of the event that answers (`answered_seq`); the history stays the record, this table
-- makes the late-consultation report and the queue's flag O(page).
CREATE TABLE consultations (
  id TEXT PRIMARY KEY,            -- <dossier code>#<asked_seq>
  dossier_code TEXT NOT NULL,
  receiving_agency TEXT NOT NULL, -- the dossier's one-stop desk
  asking_agency TEXT NOT NULL,    -- the agency that handed the dossier over for an opinion
  consulted_agency TEXT NOT NULL,
  consulted_role TEXT NOT NULL,
  asked_by TEXT NOT NULL,
  asked_at TEXT NOT NULL,
  asked_seq INTEGER NOT NULL,
  due_at TEXT NOT NULL,           -- when the answer is due
  closed_at TEXT,                 -- NULL while the consulted agency holds the dossier
  closed_kind TEXT,               -- the event that ended it: forward = answered; withdraw …
  answered_by TEXT,
  answered_seq INTEGER,
  late INTEGER NOT NULL DEFAULT 0 -- 1 when answered after due_at
);
CREATE INDEX consultations_by_dossier ON consultations (dossier_code, asked_seq);
-- The report: answered late, or still open (late once past due), by agency and due time; the
-- receiving desk's range holds only the dossiers another agency asked about.
CREATE INDEX consultations_late_asking ON consultations (asking_agency, due_at, id)
  WHERE late = 1 OR closed_at IS NULL;
CREATE INDEX consultations_late_received ON consultations (receiving_agency, due_at, id)
  WHERE receiving_agency <> asking_agency AND (late = 1 OR closed_at IS NULL);
