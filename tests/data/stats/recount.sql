-- The indicators of a period recounted from `motcua export dossiers` (issue 12), in SQL that
-- SQLite and DuckDB both run: the API test checks it against GET /api/v1/stats/indicators with
-- sqlite3, bench/stats_duckdb.mjs with DuckDB. The table `x` holds the export with every
-- column read as text; {from}, {to} (local dates) and {judged_at} (ISO time, the export's
-- --at) are replaced before running. {agency_path} is "/" or an agency's "/…/CODE/".
-- Open dossiers are judged as the export describes them, so {judged_at} is the time the
-- export was made at and lies within the period. Supplement requests and apologies are counted
-- on the day they happen, which the export does not carry; they are left out here. Rating
-- levels are named as data/embed/ratings/levels.tsv ships them.
WITH d AS (
  SELECT * FROM x WHERE agency_path LIKE '%{agency_path}%'
),
period AS (
  SELECT * FROM d WHERE finished_day BETWEEN '{from}' AND '{to}'
),
timed AS (
  SELECT CAST(processing_seconds AS BIGINT) AS used, CAST(allowed_seconds AS BIGINT) AS allowed,
         CASE WHEN processing_bucket_hours = 'over_800' THEN 1000000
              ELSE CAST(processing_bucket_hours AS INTEGER) END AS bucket
  FROM period WHERE processing_seconds <> ''
),
buckets AS (
  SELECT bucket, SUM(COUNT(*)) OVER (ORDER BY bucket) AS cum FROM timed GROUP BY bucket
),
n AS (SELECT COUNT(*) AS n FROM timed),
open_now AS (
  SELECT
    SUM(CASE WHEN clock_running = '1' AND judged_due_at < '{judged_at}' THEN 1 ELSE 0 END) AS overdue,
    SUM(CASE WHEN waiting_for_applicant = '1' THEN 1 ELSE 0 END) AS waiting,
    COUNT(*) AS open
  FROM d WHERE open = '1'
)
SELECT
  (SELECT COUNT(*) FROM d WHERE received_day BETWEEN '{from}' AND '{to}') AS received,
  (SELECT COUNT(*) FROM d WHERE received_day BETWEEN '{from}' AND '{to}' AND channel = 'counter') AS received_counter,
  (SELECT COUNT(*) FROM d WHERE received_day BETWEEN '{from}' AND '{to}' AND channel = 'online') AS received_online,
  (SELECT COUNT(*) FROM d WHERE received_day BETWEEN '{from}' AND '{to}' AND channel = 'postal') AS received_postal,
  (SELECT COUNT(*) FROM period WHERE outcome = 'early') AS finished_early,
  (SELECT COUNT(*) FROM period WHERE outcome = 'on_time') AS finished_on_time,
  (SELECT COUNT(*) FROM period WHERE outcome = 'late') AS finished_late,
  (SELECT COUNT(*) FROM period WHERE outcome_national = 'on_time') AS finished_on_time_national,
  (SELECT COUNT(*) FROM period WHERE outcome_national = 'late') AS finished_late_national,
  (SELECT COUNT(*) FROM period WHERE finish = 'withdrawn') AS withdrawn,
  (SELECT COUNT(*) FROM period WHERE finish = 'refused') AS refused,
  (SELECT COUNT(*) FROM period WHERE late_without_apology = '1') AS late_without_apology,
  (SELECT COUNT(*) FROM d WHERE rated_day BETWEEN '{from}' AND '{to}') AS ratings,
  (SELECT COUNT(*) FROM d WHERE rated_day BETWEEN '{from}' AND '{to}'
     AND rating IN ('very_satisfied', 'satisfied')) AS ratings_satisfied,
  (SELECT COUNT(*) FROM d WHERE rated_day BETWEEN '{from}' AND '{to}'
     AND rating = 'dissatisfied') AS ratings_dissatisfied,
  (SELECT COALESCE(overdue, 0) FROM open_now) AS in_progress_overdue,
  (SELECT COALESCE(waiting, 0) FROM open_now) AS waiting_for_applicant,
  (SELECT open - COALESCE(overdue, 0) - COALESCE(waiting, 0) FROM open_now) AS in_progress_on_time,
  (SELECT n FROM n) AS processing_finished,
  (SELECT COALESCE(SUM(used), 0) FROM timed) AS processing_seconds,
  (SELECT COALESCE(SUM(allowed), 0) FROM timed) AS allowed_seconds,
  (SELECT MIN(bucket) FROM buckets, n WHERE 2 * cum >= n.n) AS processing_hours_p50,
  (SELECT MIN(bucket) FROM buckets, n WHERE 10 * cum >= 9 * n.n) AS processing_hours_p90;
