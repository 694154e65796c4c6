-- engine: sqlite
-- The boundary-free list's edit history is append-only, like calendar_edits.
CREATE TRIGGER boundary_free_edits_no_update BEFORE UPDATE ON boundary_free_edits
BEGIN SELECT RAISE(ABORT, 'boundary_free_edits is append-only'); END;
CREATE TRIGGER boundary_free_edits_no_delete BEFORE DELETE ON boundary_free_edits
BEGIN SELECT RAISE(ABORT, 'boundary_free_edits is append-only'); END;
