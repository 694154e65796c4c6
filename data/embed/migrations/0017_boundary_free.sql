-- Procedures received regardless of administrative boundaries (Decree 118/2025/NĐ-CP; issue
-- 10 point 7): each province's list, which its admins keep. Only SQL that SQLite 3.40 and
-- PostgreSQL 15 both accept.

-- The list in force: one row per province and procedure. `basis` cites the decision that
-- published the entry (the province chairman's "quyết định công bố danh mục").
CREATE TABLE boundary_free_procedures (
  province_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  basis TEXT NOT NULL,
  version INTEGER NOT NULL,       -- the boundary_free_edits version that wrote this row
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (province_code, procedure_code)
);

-- Every change of the list, never updated or deleted (triggers on SQLite in
-- 0017_boundary_free_history_sqlite.sql): who, when, the entry before and after.
CREATE TABLE boundary_free_edits (
  province_code TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  version INTEGER NOT NULL,       -- 1, 2, … per province and procedure
  action TEXT NOT NULL,           -- seed (from data/embed/boundary_free/) | put | delete
  old_body TEXT,                  -- {"basis": …}; NULL when there was none
  new_body TEXT,                  -- NULL when removed
  edited_by TEXT NOT NULL,
  edited_at TEXT NOT NULL,
  PRIMARY KEY (province_code, procedure_code, version)
);
