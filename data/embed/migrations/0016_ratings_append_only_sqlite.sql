-- engine: sqlite
-- A rating (0016_ratings.sql) is the applicant's word: never changed or removed.
CREATE TRIGGER ratings_no_update BEFORE UPDATE ON ratings
BEGIN SELECT RAISE(ABORT, 'ratings is append-only'); END;
CREATE TRIGGER ratings_no_delete BEFORE DELETE ON ratings
BEGIN SELECT RAISE(ABORT, 'ratings is append-only'); END;
