-- The groups each mentor spell belongs to, one row per (spell, group):
-- ('all', 'all'), ('cohort', cohort), ('track', track), ('arm', arm), ('gender', gender).
-- A spell without a value for a group type (no arm) has no row of that type.
SELECT
    s.person_id,
    s.start_date,
    g.group_type,
    g.group_value AS `group`
FROM int_mentor_spells s
LATERAL VIEW inline(array(
    named_struct('group_type', 'all', 'group_value', 'all'),
    named_struct('group_type', 'cohort', 'group_value', s.cohort),
    named_struct('group_type', 'track', 'group_value', CAST(s.track AS STRING)),
    named_struct('group_type', 'arm', 'group_value', s.arm),
    named_struct('group_type', 'gender', 'group_value', s.gender)
)) g
WHERE g.group_value IS NOT NULL
