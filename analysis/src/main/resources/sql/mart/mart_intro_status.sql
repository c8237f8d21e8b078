-- intro_status.csv before the interval: per group and exit year Y, the intro spells that
-- ended (any end_reason) in Y, by the person's status on 15 November of Y + 1. Only exit
-- years whose 15 November of Y + 1 is on or before :as_of.
-- Status: the latest outcomes row dated on or before that day (on a tie of dates the
-- first of relevant_job, other_job, education, none): work (relevant_job, other_job),
-- education, other (none, or no row).
-- Groups: ('all', 'all'), ('arm', the person's arm), ('gender', the person's gender).
WITH exits AS (
    SELECT
        person_id,
        start_date,
        year(end_date) AS exit_year,
        make_date(year(end_date) + 1, 11, 15) AS status_date
    FROM stg_enrolments
    WHERE programme = 'intro'
        AND end_date IS NOT NULL
        AND make_date(year(end_date) + 1, 11, 15) <= :as_of
),
ranked AS (
    SELECT
        x.person_id,
        x.exit_year,
        o.status,
        row_number() OVER (
            PARTITION BY x.person_id, x.start_date
            ORDER BY
                o.date DESC NULLS LAST,
                CASE o.status
                    WHEN 'relevant_job' THEN 1
                    WHEN 'other_job' THEN 2
                    WHEN 'education' THEN 3
                    WHEN 'none' THEN 4
                END
        ) AS status_rank
    FROM exits x
    LEFT JOIN stg_outcomes o
        ON o.person_id = x.person_id
        AND o.date <= x.status_date
),
statuses AS (
    SELECT
        person_id,
        exit_year,
        CASE
            WHEN status IN ('relevant_job', 'other_job') THEN 'work'
            WHEN status = 'education' THEN 'education'
            ELSE 'other'
        END AS status
    FROM ranked
    WHERE status_rank = 1
)
SELECT
    g.group_type,
    g.group_value AS `group`,
    s.exit_year,
    count(*) AS n,
    count_if(s.status = 'work') AS work,
    count_if(s.status = 'education') AS education,
    count_if(s.status = 'other') AS other
FROM statuses s
JOIN int_person_arms a ON a.person_id = s.person_id
JOIN stg_participants p ON p.person_id = s.person_id
LATERAL VIEW inline(array(
    named_struct('group_type', 'all', 'group_value', 'all'),
    named_struct('group_type', 'arm', 'group_value', a.arm),
    named_struct('group_type', 'gender', 'group_value', p.gender)
)) g
WHERE g.group_value IS NOT NULL
GROUP BY g.group_type, g.group_value, s.exit_year
