-- engine: sqlite
-- Fills the columns of 0008_dossier_timeliness.sql for dossiers recorded before it, from
-- their history (the apology's original appointment, the finishing event's outcome).
UPDATE dossiers SET
  statutory_due_at = COALESCE((SELECT json_extract(e.details, '$.original_due_at')
                               FROM dossier_events e
                               WHERE e.dossier_code = dossiers.code AND e.action = 'apologize'
                               ORDER BY e.seq DESC LIMIT 1), statutory_due_at),
  apologized_at = (SELECT e.at FROM dossier_events e
                   WHERE e.dossier_code = dossiers.code AND e.action = 'apologize'
                   ORDER BY e.seq DESC LIMIT 1);
UPDATE dossiers SET
  statutory_due_at = COALESCE((SELECT json_extract(e.details, '$.statutory_due_at')
                               FROM dossier_events e
                               WHERE e.dossier_code = dossiers.code
                                 AND json_extract(e.details, '$.statutory_due_at') IS NOT NULL
                               ORDER BY e.seq DESC LIMIT 1), statutory_due_at),
  outcome = (SELECT json_extract(e.details, '$.outcome') FROM dossier_events e
             WHERE e.dossier_code = dossiers.code AND e.action <> 'withdraw'
               AND json_extract(e.details, '$.outcome') IS NOT NULL
             ORDER BY e.seq DESC LIMIT 1);
