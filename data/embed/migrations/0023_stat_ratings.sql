-- The applicants' ratings in the statistics' counters (issues 11 and 12): every rating, those
-- that count as satisfied and the dislikes of Decision 766's indicator 5.4, on the day given.
-- Ratings given before this migration are counted by the rebuild the mark asks for.
ALTER TABLE stat_days ADD COLUMN ratings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN ratings_satisfied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_days ADD COLUMN ratings_dissatisfied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN ratings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN ratings_satisfied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stat_months ADD COLUMN ratings_dissatisfied INTEGER NOT NULL DEFAULT 0;
INSERT INTO stat_meta (name, value) SELECT 'needs_rebuild', '1' WHERE EXISTS (SELECT 1 FROM ratings)
  ON CONFLICT (name) DO UPDATE SET value = '1';
