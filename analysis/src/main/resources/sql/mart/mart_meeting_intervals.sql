-- meetings.csv's median_interval_days before the median: per group (all, cohort of the
-- spell) and gap length, the number of gaps in days between consecutive distinct meeting
-- dates of a spell, all spells' gaps pooled. A spell with fewer than two distinct dates
-- has no gap.
WITH dates AS (
    SELECT DISTINCT person_id, start_date, date
    FROM int_mentor_spell_meetings
),
gaps AS (
    SELECT
        person_id,
        start_date,
        datediff(date, lag(date) OVER (PARTITION BY person_id, start_date ORDER BY date)) AS gap_days
    FROM dates
)
SELECT
    g.group_type,
    g.`group`,
    x.gap_days AS days,
    count(*) AS occurrences
FROM gaps x
JOIN int_mentor_spell_groups g USING (person_id, start_date)
WHERE x.gap_days IS NOT NULL
    AND g.group_type IN ('all', 'cohort')
GROUP BY g.group_type, g.`group`, x.gap_days
