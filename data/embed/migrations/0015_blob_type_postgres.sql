-- engine: postgres
-- SQLite's BLOB, as the shared migrations name the type of bytes (uploads.content, 0015):
-- PostgreSQL's bytea under that name.
CREATE DOMAIN blob AS bytea;
