-- Uploaded files sealed at rest like the applicant's fields (issue 14, point 3): scans of
-- identity papers are sensitive personal data (DOMAIN.md §7). Once content_sealed is 1,
-- `content` holds the sealed file ("pb1:<key id>:" then nonce, ciphertext, tag), its associated data
-- naming the file's SHA-256; files stored before are sealed by the first `motcua serve` of
-- this version (src/store/personal_data_sealing.cpp), which finds them by this index.
ALTER TABLE uploads ADD COLUMN content_sealed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX uploads_in_clear ON uploads (sha256) WHERE content_sealed = 0;
-- Which dossiers name a file: asked for each file an erasure removes (0035).
CREATE INDEX dossier_uploads_sha256 ON dossier_uploads (sha256);
