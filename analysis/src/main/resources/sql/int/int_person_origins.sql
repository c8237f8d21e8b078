-- One row per person with an arm whose origin is on or before :as_of (persons whose origin
-- is later are left out): the origin of the time to a relevant job, which is also the
-- index date of the comparison, and the person's relevant jobs around it.
--   origin: mentor_internship, mentor_only: the first mentor spell's start_date;
--           internship_only: the first internship spell's start_date;
--           ordinary: the first intro spell's start_date + 12 calendar months (add_months
--           clamps to the month's end as LocalDate.plusMonths: 2020-02-29 -> 2021-02-28),
--           whether or not that spell has ended by then.
--   first_job_date: the first relevant_job dated in [origin, :as_of]; null without one.
--   job_before_origin: a relevant_job dated before the origin.
--   event: first_job_date is set; t_days: days from the origin to first_job_date, or to
--          :as_of (censored) without one.
WITH origins AS (
    SELECT
        person_id,
        arm,
        CASE arm
            WHEN 'mentor_internship' THEN first_mentor_start
            WHEN 'mentor_only' THEN first_mentor_start
            WHEN 'internship_only' THEN first_internship_start
            WHEN 'ordinary' THEN add_months(first_intro_start, 12)
        END AS origin
    FROM int_person_arms
    WHERE arm IS NOT NULL
),
jobs AS (
    SELECT
        r.person_id,
        r.arm,
        r.origin,
        min(CASE WHEN o.date >= r.origin THEN o.date END) AS first_job_date,
        count_if(o.date < r.origin) > 0 AS job_before_origin
    FROM origins r
    LEFT JOIN stg_outcomes o
        ON o.person_id = r.person_id
        AND o.status = 'relevant_job'
    WHERE r.origin <= :as_of
    GROUP BY r.person_id, r.arm, r.origin
)
SELECT
    person_id,
    arm,
    origin,
    first_job_date,
    job_before_origin,
    first_job_date IS NOT NULL AS event,
    datediff(coalesce(first_job_date, :as_of), origin) AS t_days
FROM jobs
