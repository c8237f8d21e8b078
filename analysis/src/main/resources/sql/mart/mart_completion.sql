-- completion.csv before the interval: status counts of the mentor spells per group.
-- matured_on_time (matured spells completed on time) is the numerator of rate_on_time.
SELECT
    g.group_type,
    g.`group`,
    count(*) AS n_enrolled,
    count_if(s.matured) AS n_matured,
    count_if(s.status = 'completed_on_time') AS completed_on_time,
    count_if(s.status = 'completed_late') AS completed_late,
    count_if(s.status = 'paused') AS paused,
    count_if(s.status = 'education') AS education,
    count_if(s.status = 'dropped_out') AS dropped_out,
    count_if(s.status = 'ongoing') AS ongoing,
    count_if(s.matured AND s.status = 'completed_on_time') AS matured_on_time
FROM int_mentor_spell_groups g
JOIN int_mentor_spells s USING (person_id, start_date)
GROUP BY g.group_type, g.`group`
