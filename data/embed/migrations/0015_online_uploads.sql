-- Online submission (issue 11): the files an applicant uploads with a dossier submitted on the
-- portal. Content-addressed: a file is stored once under the SHA-256 of its bytes, in the
-- database, so every node of a province serves it; a dossier's uploads name their files by
-- that address. Both tables are append-only (0015_online_uploads_append_only_sqlite.sql): an
-- upload is part of the dossier as submitted. Times are ISO-8601 with +07:00.
CREATE TABLE uploads (
  sha256 TEXT PRIMARY KEY,          -- hex SHA-256 of content
  media_type TEXT NOT NULL,         -- application/pdf | image/jpeg | image/png, by content
  size INTEGER NOT NULL,            -- bytes
  content BLOB NOT NULL,
  stored_at TEXT NOT NULL           -- when it was first stored
);

CREATE TABLE dossier_uploads (
  dossier_code TEXT NOT NULL,
  position INTEGER NOT NULL,        -- 1, 2, … in the order submitted
  required_id INTEGER NOT NULL,     -- the procedure's document it stands for
  document_name TEXT NOT NULL,      -- that document's name when submitted
  file_name TEXT NOT NULL,          -- as the applicant's browser named it (shown, never trusted)
  sha256 TEXT NOT NULL REFERENCES uploads (sha256),
  PRIMARY KEY (dossier_code, position)
);

-- The receiving desk's queue of online submissions: dossiers still `submitted`, oldest first.
CREATE INDEX dossiers_submitted ON dossiers (receiving_agency, received_at, code)
  WHERE status = 'submitted';
