-- internships.csv before the shares: per group (all, arm) over its internship spells.
-- Each share's denominator sits beside its numerator: all spells for three_months; the
-- spells where the value is given for fte_pct, training_plan and mentor_at_host; the
-- ended spells for job.
SELECT
    g.group_type,
    g.`group`,
    count(*) AS n,
    count_if(s.three_months) AS three_months,
    count(s.fte_pct) AS fte_given,
    count_if(s.fte_pct = 100) AS full_time,
    count(s.training_plan) AS training_plan_given,
    count_if(s.training_plan) AS training_plan,
    count(s.mentor_at_host) AS mentor_at_host_given,
    count_if(s.mentor_at_host) AS mentor_at_host,
    count_if(s.ended) AS ended,
    count_if(s.job) AS ended_with_job
FROM int_internship_spell_groups g
JOIN int_internship_spells s USING (person_id, start_date)
GROUP BY g.group_type, g.`group`
