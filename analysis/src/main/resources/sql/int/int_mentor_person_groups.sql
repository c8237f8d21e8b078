-- The groups each person with a mentor spell (as of :as_of) belongs to, one row per
-- (person, group): ('all', 'all'), ('cohort', the cohort of the person's first mentor
-- spell), ('arm', arm). The grouping of the tables that count persons or their goals and
-- scores (skills.csv, goals.csv).
SELECT
    a.person_id,
    g.group_type,
    g.group_value AS `group`
FROM int_person_arms a
LATERAL VIEW inline(array(
    named_struct('group_type', 'all', 'group_value', 'all'),
    named_struct('group_type', 'cohort', 'group_value', a.first_mentor_cohort),
    named_struct('group_type', 'arm', 'group_value', a.arm)
)) g
WHERE a.first_mentor_start IS NOT NULL
    AND g.group_value IS NOT NULL
