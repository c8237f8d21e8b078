-- goals.csv before the rate: per group, the goals of the persons with a mentor spell by status.
SELECT
    g.group_type,
    g.`group`,
    count(*) AS n_goals,
    count_if(o.status = 'achieved') AS achieved,
    count_if(o.status = 'partly') AS partly,
    count_if(o.status = 'not_achieved') AS not_achieved,
    count_if(o.status = 'open') AS `open`
FROM int_mentor_person_groups g
JOIN stg_goals o USING (person_id)
GROUP BY g.group_type, g.`group`
