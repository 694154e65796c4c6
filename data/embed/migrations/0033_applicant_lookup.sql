-- A data subject's request (`motcua pdp export --id-number`, issue 14, point 3) finds the
-- person's dossiers and notices by their identity number without reading every row.
CREATE INDEX dossiers_applicant_id_number ON dossiers (applicant_id_number);
CREATE INDEX reception_notices_applicant_id_number ON reception_notices (applicant_id_number);
