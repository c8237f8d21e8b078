-- funnel.csv before the conversions: per group and stage, the distinct persons reaching
-- the stage. Each stage is reached by its own event only: screened, applied, interviewed,
-- offered (events of that name), matched (matching_meeting), agreement (agreement_signed),
-- started (at least one mentor_meeting), completed (a completed mentor spell).
-- A person counts toward the cohort of their first mentor spell, or 'none' without one.
-- Stages nobody in a group reached have no row.
WITH reached AS (
    SELECT DISTINCT
        person_id,
        CASE event
            WHEN 'matching_meeting' THEN 'matched'
            WHEN 'agreement_signed' THEN 'agreement'
            WHEN 'mentor_meeting' THEN 'started'
            ELSE event
        END AS stage
    FROM stg_events
    WHERE event IN ('screened', 'applied', 'interviewed', 'offered', 'matching_meeting',
                    'agreement_signed', 'mentor_meeting')
    UNION
    SELECT person_id, 'completed' AS stage
    FROM int_mentor_spells
    WHERE completed
),
persons AS (
    SELECT
        r.person_id,
        coalesce(a.first_mentor_cohort, 'none') AS cohort
    FROM (SELECT DISTINCT person_id FROM reached) r
    LEFT JOIN int_person_arms a ON a.person_id = r.person_id
)
SELECT
    g.group_type,
    g.group_value AS `group`,
    r.stage,
    count(DISTINCT r.person_id) AS n
FROM persons p
JOIN reached r ON r.person_id = p.person_id
LATERAL VIEW inline(array(
    named_struct('group_type', 'all', 'group_value', 'all'),
    named_struct('group_type', 'cohort', 'group_value', p.cohort)
)) g
GROUP BY g.group_type, g.group_value, r.stage
