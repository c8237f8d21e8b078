-- Relevant jobs of each mentor spell, one row per spell (int_mentor_spells' key).
-- A spell has a job when the person has a relevant_job outcome dated on or after the
-- spell's start_date and within the measure's window (closed ranges):
--   job_by_end:  ended spells only; window ends at least(end_date + :job_window_days, :as_of).
--   job_to_date: window ends at :as_of (stg_outcomes holds nothing later).
SELECT
    s.person_id,
    s.start_date,
    s.end_date IS NOT NULL
        AND coalesce(bool_or(o.date <= least(date_add(s.end_date, :job_window_days), :as_of)), false)
        AS job_by_end,
    count(o.date) > 0 AS job_to_date
FROM int_mentor_spells s
LEFT JOIN stg_outcomes o
    ON o.person_id = s.person_id
    AND o.status = 'relevant_job'
    AND o.date >= s.start_date
GROUP BY s.person_id, s.start_date, s.end_date
