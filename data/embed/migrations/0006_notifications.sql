-- The applicant's outbox: messages waiting for a delivery gateway, and what became of them.
CREATE TABLE notifications (
  id TEXT PRIMARY KEY,              -- "<event seq>-<channel>"
  dossier_code TEXT NOT NULL,
  agency_code TEXT NOT NULL,        -- the receiving agency
  event_seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  channel TEXT NOT NULL,            -- sms | email
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL,             -- queued | sent | failed
  created_at TEXT NOT NULL,
  updated_at TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notifications_outbox ON notifications (agency_code, status, created_at);
CREATE INDEX notifications_dossier ON notifications (dossier_code, event_seq);
