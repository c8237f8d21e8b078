-- comparison.csv before the statistics: per arm of the comparison population, n and the
-- persons with a relevant job within the follow-up (n_job). mentor_any is the union of
-- mentor_internship and mentor_only. Arms without persons have no row.
WITH arms AS (
    SELECT arm, job FROM int_comparison_persons
    UNION ALL
    SELECT 'mentor_any' AS arm, job
    FROM int_comparison_persons
    WHERE arm IN ('mentor_internship', 'mentor_only')
)
SELECT arm, count(*) AS n, count_if(job = 1) AS n_job
FROM arms
GROUP BY arm
