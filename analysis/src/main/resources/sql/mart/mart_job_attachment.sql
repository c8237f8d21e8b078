-- job_attachment.csv before the interval: per group and measure, the denominator n and
-- the spells with a job. job_by_end counts completed spells (on time or late);
-- job_to_date counts all spells.
WITH per_group AS (
    SELECT
        g.group_type,
        g.`group`,
        count_if(s.completed) AS completed,
        count_if(s.completed AND j.job_by_end) AS completed_with_job,
        count(*) AS spells,
        count_if(j.job_to_date) AS spells_with_job
    FROM int_mentor_spell_groups g
    JOIN int_mentor_spells s USING (person_id, start_date)
    JOIN int_mentor_spell_jobs j USING (person_id, start_date)
    GROUP BY g.group_type, g.`group`
)
SELECT group_type, `group`, 'job_by_end' AS measure, completed AS n, completed_with_job AS n_job
FROM per_group
UNION ALL
SELECT group_type, `group`, 'job_to_date' AS measure, spells AS n, spells_with_job AS n_job
FROM per_group
