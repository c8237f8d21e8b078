-- The core aggregates of analyse, in DuckDB, from the same Parquet snapshot: completion
-- status counts and job attachment by cohort, and the Kaplan-Meier input counts (events and
-- censorings per arm and day). Views enrolments/outcomes are registered by the caller; the
-- one parameter, $1, is as_of. Statements are separated by a line holding only ';'.
CREATE TEMP TABLE mentor_spells AS
SELECT person_id, cohort, start_date, planned_end_date,
       CASE WHEN end_date > CAST($1 AS DATE) THEN NULL ELSE end_date END AS end_date,
       CASE WHEN end_date > CAST($1 AS DATE) THEN NULL ELSE end_reason END AS end_reason
FROM enrolments
WHERE programme = 'mentor' AND start_date <= CAST($1 AS DATE)
;
SELECT cohort,
       count(*) AS n_enrolled,
       count(*) FILTER (WHERE planned_end_date <= CAST($1 AS DATE)) AS n_matured,
       count(*) FILTER (WHERE end_reason = 'completed' AND end_date <= planned_end_date + INTERVAL 31 DAY) AS on_time,
       count(*) FILTER (WHERE end_reason = 'completed' AND end_date > planned_end_date + INTERVAL 31 DAY) AS late,
       count(*) FILTER (WHERE end_reason = 'parental_leave') AS paused,
       count(*) FILTER (WHERE end_reason = 'education') AS education,
       count(*) FILTER (WHERE end_reason IN ('dropped_out', 'moved', 'other')) AS dropped_out,
       count(*) FILTER (WHERE end_date IS NULL) AS ongoing
FROM mentor_spells
GROUP BY cohort
;
SELECT s.cohort,
       count(*) AS n,
       count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM outcomes o
           WHERE o.person_id = s.person_id AND o.status = 'relevant_job'
             AND o.date BETWEEN s.start_date AND CAST($1 AS DATE))) AS n_job
FROM mentor_spells s
GROUP BY s.cohort
;
WITH arms AS (
    SELECT person_id,
           min(start_date) FILTER (WHERE programme = 'mentor') AS mentor_start,
           min(start_date) FILTER (WHERE programme = 'internship') AS internship_start,
           min(start_date) FILTER (WHERE programme = 'intro') AS intro_start
    FROM enrolments
    WHERE start_date <= CAST($1 AS DATE)
    GROUP BY person_id
), origins AS (
    SELECT person_id,
           CASE WHEN mentor_start IS NOT NULL AND internship_start IS NOT NULL THEN 'mentor_internship'
                WHEN mentor_start IS NOT NULL THEN 'mentor_only'
                WHEN internship_start IS NOT NULL THEN 'internship_only'
                ELSE 'ordinary' END AS arm,
           coalesce(mentor_start, internship_start, intro_start + INTERVAL 12 MONTH)::DATE AS origin
    FROM arms
), first_jobs AS (
    SELECT r.person_id, min(o.date) AS job_date
    FROM origins r JOIN outcomes o ON o.person_id = r.person_id
    WHERE o.status = 'relevant_job' AND o.date BETWEEN r.origin AND CAST($1 AS DATE)
    GROUP BY r.person_id
)
SELECT r.arm,
       datediff('day', r.origin, coalesce(j.job_date, CAST($1 AS DATE))) AS t_days,
       count(*) FILTER (WHERE j.job_date IS NOT NULL) AS n_event,
       count(*) FILTER (WHERE j.job_date IS NULL) AS n_censor
FROM origins r LEFT JOIN first_jobs j ON j.person_id = r.person_id
WHERE r.origin <= CAST($1 AS DATE)
GROUP BY r.arm, t_days
