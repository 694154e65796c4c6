-- Process definitions per procedure and channel (issue 5). Versions are numbered per
-- procedure across its channels, so a dossier's (procedure_code, process_version) names one
-- definition. New versions are appended; a stored version is never changed, since dossiers
-- keep the version they were received under.
CREATE TABLE process_definitions (
  procedure_code TEXT NOT NULL,
  channel TEXT NOT NULL,          -- counter | online | postal | any
  version INTEGER NOT NULL,
  body TEXT NOT NULL,             -- JSON array of the steps
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (procedure_code, channel, version),
  UNIQUE (procedure_code, version)
);

-- The definition version a dossier was received under; NULL or 0 = the built-in default.
ALTER TABLE dossiers ADD COLUMN process_version INTEGER;
