-- The first relevant job of each mentor spell that has one in [start_date, :as_of]
-- (spells without one have no row), and its self-sufficiency class.
-- First: the earliest date; on a tie the higher fte_pct, then funding in the order
-- ordinary, wage_subsidy, practice_benefit, other; missing values sort last.
-- Class: full (ordinary and fte_pct = 100), subsidised (wage_subsidy), partial (anything
-- else, missing values included).
WITH ranked AS (
    SELECT
        s.person_id,
        s.start_date,
        o.date AS job_date,
        o.fte_pct,
        o.funding,
        row_number() OVER (
            PARTITION BY s.person_id, s.start_date
            ORDER BY
                o.date,
                o.fte_pct DESC NULLS LAST,
                CASE o.funding
                    WHEN 'ordinary' THEN 1
                    WHEN 'wage_subsidy' THEN 2
                    WHEN 'practice_benefit' THEN 3
                    WHEN 'other' THEN 4
                END NULLS LAST
        ) AS job_rank
    FROM int_mentor_spells s
    JOIN stg_outcomes o
        ON o.person_id = s.person_id
        AND o.status = 'relevant_job'
        AND o.date >= s.start_date
        AND o.date <= :as_of
)
SELECT
    person_id,
    start_date,
    job_date,
    fte_pct,
    funding,
    CASE
        WHEN funding = 'ordinary' AND fte_pct = 100 THEN 'full'
        WHEN funding = 'wage_subsidy' THEN 'subsidised'
        ELSE 'partial'
    END AS self_sufficiency
FROM ranked
WHERE job_rank = 1
