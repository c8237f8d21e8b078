-- internships.csv's median_days before the median: per group (all, arm) and duration in
-- days ((end_date, or :as_of while ongoing) - start_date), the number of internships.
SELECT
    g.group_type,
    g.`group`,
    s.days,
    count(*) AS occurrences
FROM int_internship_spell_groups g
JOIN int_internship_spells s USING (person_id, start_date)
GROUP BY g.group_type, g.`group`, s.days
