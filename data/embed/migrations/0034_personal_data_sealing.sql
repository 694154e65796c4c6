-- Personal data sealed at rest (issue 14, point 3; src/secret/README.md). The identity
-- numbers, phones, e-mails and addresses in dossiers and reception notices, and the recipients
-- of notifications, are stored as "pd1:<key id>:<base64>"; a data subject's records are found
-- by the keyed hash of their identity number, never by the number.
-- data_keys: the fingerprint of every key this store was sealed with ("lookup" for the lookup
-- key), so a node started with another key file is refused before it seals anything.
CREATE TABLE data_keys (
  key_id TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL
);
ALTER TABLE dossiers ADD COLUMN applicant_id_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE reception_notices ADD COLUMN applicant_id_hash TEXT NOT NULL DEFAULT '';
DROP INDEX dossiers_applicant_id_number;
DROP INDEX reception_notices_applicant_id_number;
CREATE INDEX dossiers_applicant_id_hash ON dossiers (applicant_id_hash);
CREATE INDEX reception_notices_applicant_id_hash ON reception_notices (applicant_id_hash);
