-- self_sufficiency.csv: per group, the mentor spells with a relevant job to date and the
-- class of their first job. Groups without such a spell have no row.
SELECT
    g.group_type,
    g.`group`,
    count(*) AS n_job,
    count_if(f.self_sufficiency = 'full') AS `full`,
    count_if(f.self_sufficiency = 'subsidised') AS subsidised,
    count_if(f.self_sufficiency = 'partial') AS partial
FROM int_mentor_spell_groups g
JOIN int_mentor_spell_first_jobs f USING (person_id, start_date)
GROUP BY g.group_type, g.`group`
