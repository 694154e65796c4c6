-- Lists a person opens cost O(page), not O(dossiers) (issue 9): each reads one index range in
-- the list's own order, from the last row of the previous page (keyset paging). Partial
-- indexes hold only the rows a list can show, so a finished dossier costs the lists nothing.
-- A query uses one of them only when its WHERE repeats the index's condition word for word.

-- My queue: open dossiers at an agency, for a role (or the whole agency, for an admin), by step
-- due time, then code; those without a step due time (waiting for the applicant) come last,
-- read as a second range (step_due_at IS NULL) so that both engines order them alike.
CREATE INDEX dossiers_role_queue ON dossiers (step_agency, step_role, step_due_at, code)
  WHERE status NOT IN ('returned', 'refused', 'withdrawn');
CREATE INDEX dossiers_agency_queue ON dossiers (step_agency, step_due_at, code)
  WHERE status NOT IN ('returned', 'refused', 'withdrawn');
-- Served the old queue query only; the two above replace it.
DROP INDEX dossiers_queue;

-- The apology report (Decree 61/2018 Art. 19(9)): late dossiers without an apology, by the
-- statutory appointment. Late = decided late (outcome 'late'), or undecided, open, not
-- waiting for the applicant and past the appointment; a dossier decided late was decided
-- after its appointment, so both kinds lie before "now" in statutory_due_at order. An
-- agency's dossiers are those it is competent for, and those it received for another agency
-- (the second index holds only these, so the two ranges never overlap).
CREATE INDEX dossiers_unapologized_competent ON dossiers (competent_agency, statutory_due_at, code)
  WHERE apologized_at IS NULL AND (outcome = 'late' OR (outcome IS NULL AND status NOT IN
    ('returned', 'refused', 'withdrawn', 'supplement_requested')));
CREATE INDEX dossiers_unapologized_received ON dossiers (receiving_agency, statutory_due_at, code)
  WHERE apologized_at IS NULL AND competent_agency <> receiving_agency AND (outcome = 'late' OR
    (outcome IS NULL AND status NOT IN ('returned', 'refused', 'withdrawn', 'supplement_requested')));
-- Dossiers with an apology, for the report's coverage (how many late dossiers have one).
CREATE INDEX dossiers_apologized_competent ON dossiers
  (competent_agency, statutory_due_at, outcome, status) WHERE apologized_at IS NOT NULL;
CREATE INDEX dossiers_apologized_received ON dossiers
  (receiving_agency, statutory_due_at, outcome, status)
  WHERE apologized_at IS NOT NULL AND competent_agency <> receiving_agency;
