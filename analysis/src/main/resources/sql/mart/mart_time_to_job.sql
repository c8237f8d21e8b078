-- time_to_job.csv before Kaplan-Meier: per group and distinct time (days from the origin),
-- the persons with their first relevant job then (n_event) and those censored then
-- (n_censor). Groups: ('all', 'all') = everyone with a mentor spell (the two mentor arms,
-- whose origin is the first mentor spell's start), and ('arm', arm) for every arm.
WITH grouped AS (
    SELECT 'all' AS group_type, 'all' AS `group`, event, t_days
    FROM int_person_origins
    WHERE arm IN ('mentor_internship', 'mentor_only')
    UNION ALL
    SELECT 'arm' AS group_type, arm AS `group`, event, t_days
    FROM int_person_origins
)
SELECT
    group_type,
    `group`,
    t_days,
    count_if(event) AS n_event,
    count_if(NOT event) AS n_censor
FROM grouped
GROUP BY group_type, `group`, t_days
