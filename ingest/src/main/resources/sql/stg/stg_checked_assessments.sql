-- Cross-row checks of staged assessments: person_id must name an accepted participant,
-- and there is at most one row per person, phase and dimension (the first line is kept).
WITH known AS (
  SELECT DISTINCT person_id FROM stg_checked_participants WHERE _reject_reason IS NULL
),
ranked AS (
  SELECT s._line,
         s.person_id,
         s.phase,
         s.dimension,
         k.person_id IS NOT NULL AS is_known,
         min(s._line) OVER (PARTITION BY s.person_id, s.phase, s.dimension) AS first_line
  FROM staged_assessments s
  LEFT JOIN known k ON s.person_id = k.person_id
),
flags AS (
  SELECT _line,
         CASE WHEN NOT is_known THEN 'person_id' WHEN _line > first_line THEN 'dimension' END AS _reject_column,
         CASE WHEN NOT is_known THEN person_id
              WHEN _line > first_line THEN concat(phase, '/', dimension) END AS _reject_value,
         CASE WHEN NOT is_known THEN 'unknown person_id: no accepted participants row has this id'
              WHEN _line > first_line
              THEN concat('duplicate score for this person, phase and dimension: the first is on line ', first_line)
         END AS _reject_reason
  FROM ranked
)
SELECT s.*, f._reject_column, f._reject_value, f._reject_reason
FROM staged_assessments s
JOIN flags f ON s._line = f._line
