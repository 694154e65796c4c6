-- engine: sqlite
-- A stored process version is never changed or removed: dossiers keep the version they were
-- received under (0005), so a new definition is always a new version.
CREATE TRIGGER process_definitions_no_update BEFORE UPDATE ON process_definitions
BEGIN SELECT RAISE(ABORT, 'process_definitions is append-only'); END;
CREATE TRIGGER process_definitions_no_delete BEFORE DELETE ON process_definitions
BEGIN SELECT RAISE(ABORT, 'process_definitions is append-only'); END;
