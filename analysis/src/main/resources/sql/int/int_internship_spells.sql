-- One row per internship spell (as of :as_of), keyed by (person_id, start_date): a
-- person's internships never overlap. With the person's arm and what internships.csv counts:
--   days: (end_date, or :as_of while ongoing) - start_date, in days.
--   three_months: end_date (or :as_of) >= start_date + 3 calendar months (add_months,
--       clamped to the month's end like LocalDate.plusMonths).
--   ended: the spell has an end_date (stg_enrolments holds none after :as_of).
--   job: ended, and a relevant_job outcome dated in the closed range
--       [start_date, least(end_date + :job_window_days, :as_of)].
WITH spells AS (
    SELECT
        e.person_id,
        e.start_date,
        e.end_date,
        e.fte_pct,
        e.training_plan,
        e.mentor_at_host,
        a.arm
    FROM stg_enrolments e
    JOIN int_person_arms a ON a.person_id = e.person_id
    WHERE e.programme = 'internship'
)
SELECT
    s.person_id,
    s.start_date,
    s.end_date,
    s.fte_pct,
    s.training_plan,
    s.mentor_at_host,
    s.arm,
    datediff(coalesce(s.end_date, :as_of), s.start_date) AS days,
    coalesce(s.end_date, :as_of) >= add_months(s.start_date, 3) AS three_months,
    s.end_date IS NOT NULL AS ended,
    s.end_date IS NOT NULL
        AND coalesce(bool_or(o.date <= least(date_add(s.end_date, :job_window_days), :as_of)), false)
        AS job
FROM spells s
LEFT JOIN stg_outcomes o
    ON o.person_id = s.person_id
    AND o.status = 'relevant_job'
    AND o.date >= s.start_date
GROUP BY s.person_id, s.start_date, s.end_date, s.fte_pct, s.training_plan, s.mentor_at_host, s.arm
