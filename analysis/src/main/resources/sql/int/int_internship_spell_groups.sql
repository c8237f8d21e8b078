-- The groups each internship spell belongs to, one row per (spell, group):
-- ('all', 'all') and ('arm', the person's arm).
SELECT
    s.person_id,
    s.start_date,
    g.group_type,
    g.group_value AS `group`
FROM int_internship_spells s
LATERAL VIEW inline(array(
    named_struct('group_type', 'all', 'group_value', 'all'),
    named_struct('group_type', 'arm', 'group_value', s.arm)
)) g
WHERE g.group_value IS NOT NULL
