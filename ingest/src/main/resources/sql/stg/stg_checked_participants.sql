-- Cross-row check of staged participants: person_id is unique in the drop.
-- The first row (lowest line) with an id is kept; later rows with the same id are rejected.
WITH ranked AS (
  SELECT _line,
         person_id,
         min(_line) OVER (PARTITION BY person_id) AS first_line
  FROM staged_participants
)
SELECT p.*,
       CASE WHEN r._line > r.first_line THEN 'person_id' END AS _reject_column,
       CASE WHEN r._line > r.first_line THEN r.person_id END AS _reject_value,
       CASE WHEN r._line > r.first_line
            THEN concat('duplicate person_id: the same id is on line ', r.first_line)
       END AS _reject_reason
FROM staged_participants p
JOIN ranked r ON p._line = r._line
