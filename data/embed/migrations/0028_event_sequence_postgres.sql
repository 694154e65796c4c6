-- engine: postgres
-- Numbers for dossier_events.seq that several nodes draw at the same time without waiting for
-- one another (issue 13). SQLite's one writer takes MAX(seq) + 1 (dossier_repository.cpp); two
-- PostgreSQL nodes doing so would both take the same number. A number drawn by a transaction
-- that rolls back is never used: seq orders the whole history, the chains are ordered by
-- chain_pos, and nothing counts seq.
CREATE SEQUENCE dossier_events_seq;
SELECT setval('dossier_events_seq', COALESCE((SELECT MAX(seq) FROM dossier_events), 0) + 1, false);
