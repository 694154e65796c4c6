-- Every read of a full dossier by staff is recorded (Decree 61/2018 Art. 5; PDP Law 91/2025).
CREATE TABLE dossier_reads (
  at TEXT NOT NULL,
  username TEXT NOT NULL,
  dossier_code TEXT NOT NULL,
  purpose TEXT NOT NULL
);
CREATE INDEX dossier_reads_dossier ON dossier_reads (dossier_code, at);
