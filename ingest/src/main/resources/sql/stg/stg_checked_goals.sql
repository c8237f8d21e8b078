-- Cross-row checks of staged goals: person_id must name an accepted participant,
-- and goal_id is unique per person (the first line is kept).
WITH known AS (
  SELECT DISTINCT person_id FROM stg_checked_participants WHERE _reject_reason IS NULL
),
ranked AS (
  SELECT s._line,
         s.person_id,
         s.goal_id,
         k.person_id IS NOT NULL AS is_known,
         min(s._line) OVER (PARTITION BY s.person_id, s.goal_id) AS first_line
  FROM staged_goals s
  LEFT JOIN known k ON s.person_id = k.person_id
),
flags AS (
  SELECT _line,
         CASE WHEN NOT is_known THEN 'person_id' WHEN _line > first_line THEN 'goal_id' END AS _reject_column,
         CASE WHEN NOT is_known THEN person_id WHEN _line > first_line THEN goal_id END AS _reject_value,
         CASE WHEN NOT is_known THEN 'unknown person_id: no accepted participants row has this id'
              WHEN _line > first_line
              THEN concat('duplicate goal_id for this person: the first is on line ', first_line)
         END AS _reject_reason
  FROM ranked
)
SELECT s.*, f._reject_column, f._reject_value, f._reject_reason
FROM staged_goals s
JOIN flags f ON s._line = f._line
