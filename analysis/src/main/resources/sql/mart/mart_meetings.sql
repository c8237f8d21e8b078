-- meetings.csv before the shares: per group (all, cohort of the spell) over all its mentor
-- spells, with the meetings each spell holds (int_mentor_spell_meetings):
--   n_spells: spells with at least one meeting;
--   meeting_nos: distinct meeting_no per spell, summed over the spells;
--   completed_spells, completed_all_12: completed spells, and those having every
--       meeting_no 1-12;
--   minutes_given, minutes_written: meetings where minutes_written is given, and true.
WITH per_spell AS (
    SELECT
        s.person_id,
        s.start_date,
        s.completed,
        count(m.date) AS meetings,
        count(DISTINCT m.meeting_no) AS meeting_nos,
        count(DISTINCT CASE WHEN m.meeting_no BETWEEN 1 AND 12 THEN m.meeting_no END) = 12 AS all_12,
        count(m.minutes_written) AS minutes_given,
        count_if(m.minutes_written) AS minutes_written
    FROM int_mentor_spells s
    LEFT JOIN int_mentor_spell_meetings m USING (person_id, start_date)
    GROUP BY s.person_id, s.start_date, s.completed
)
SELECT
    g.group_type,
    g.`group`,
    count_if(p.meetings > 0) AS n_spells,
    sum(p.meeting_nos) AS meeting_nos,
    count_if(p.completed) AS completed_spells,
    count_if(p.completed AND p.all_12) AS completed_all_12,
    sum(p.minutes_given) AS minutes_given,
    sum(p.minutes_written) AS minutes_written
FROM int_mentor_spell_groups g
JOIN per_spell p USING (person_id, start_date)
WHERE g.group_type IN ('all', 'cohort')
GROUP BY g.group_type, g.`group`
