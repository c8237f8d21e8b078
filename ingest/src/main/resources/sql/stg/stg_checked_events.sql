-- Cross-row check of staged events: person_id must name an accepted participant.
WITH known AS (
  SELECT DISTINCT person_id FROM stg_checked_participants WHERE _reject_reason IS NULL
)
SELECT s.*,
       CASE WHEN k.person_id IS NULL THEN 'person_id' END AS _reject_column,
       CASE WHEN k.person_id IS NULL THEN s.person_id END AS _reject_value,
       CASE WHEN k.person_id IS NULL THEN 'unknown person_id: no accepted participants row has this id' END AS _reject_reason
FROM staged_events s
LEFT JOIN known k ON s.person_id = k.person_id
