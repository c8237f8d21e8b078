-- One row per programme spell that started on or before :as_of.
-- A spell that ended after :as_of counts as ongoing: end_date and end_reason become null.
SELECT
    person_id,
    programme,
    cohort,
    start_date,
    planned_end_date,
    CASE WHEN end_date <= :as_of THEN end_date END AS end_date,
    CASE WHEN end_date <= :as_of THEN end_reason END AS end_reason,
    mentor_id,
    host_org_id,
    fte_pct,
    training_plan,
    mentor_at_host
FROM raw_enrolments
WHERE start_date <= :as_of
