-- Which catalogue a node's in-memory search index shows (issue 13, point 3): every change of a
-- procedure (an import by the CLI or by another node) adds one to the generation in the same
-- transaction; a node compares it with the generation its index was built from before it
-- answers a search, and rebuilds the index when they differ. No restart, no message between
-- nodes: the database is the one place they share.
CREATE TABLE catalog_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL
);
INSERT INTO catalog_generation (id, generation) VALUES (1, 0);
