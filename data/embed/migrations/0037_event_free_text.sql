-- Free text in the history that may name a person (issue 14, point 3; Law 91/2025 Art. 14;
-- include/motcua/dossier/history.hpp): from now on an event's hash covers text_digest, SHA-256
-- of [text_salt, note, details' "reason" and "items"], in place of that text. An erasure of everything
-- empties the note, the reason and the salt; the chain still verifies and the digest cannot be
-- tested against a guess. Older events keep both NULL: their hash covers their text.
ALTER TABLE dossier_events ADD COLUMN text_digest TEXT;
ALTER TABLE dossier_events ADD COLUMN text_salt TEXT;
