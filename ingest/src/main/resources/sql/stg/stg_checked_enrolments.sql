-- Cross-row checks of staged enrolments:
-- 1. person_id must name a participant whose row was accepted;
-- 2. two spells of the same programme for one person must not overlap: a spell is
--    rejected when it starts on or before the latest end of the person's earlier spells
--    of that programme (ordered by start_date, then line); an ongoing spell (no end_date)
--    never ends, so any later spell of the same programme is rejected. Every earlier
--    spell counts, also one that is itself rejected: contradictory spells are all
--    rejected but the first, rather than kept by a guess at which one is right.
WITH known AS (
  SELECT DISTINCT person_id FROM stg_checked_participants WHERE _reject_reason IS NULL
),
spells AS (
  SELECT e._line,
         e.person_id,
         e.start_date,
         k.person_id IS NOT NULL AS is_known,
         max(coalesce(e.end_date, DATE '9999-12-31')) OVER (
           PARTITION BY e.person_id, e.programme, k.person_id IS NOT NULL
           ORDER BY e.start_date, e._line
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_end
  FROM staged_enrolments e
  LEFT JOIN known k ON e.person_id = k.person_id
),
flags AS (
  SELECT _line,
         CASE WHEN NOT is_known THEN 'person_id'
              WHEN earlier_end >= start_date THEN 'start_date' END AS _reject_column,
         CASE WHEN NOT is_known THEN person_id
              WHEN earlier_end >= start_date THEN CAST(start_date AS STRING) END AS _reject_value,
         CASE WHEN NOT is_known THEN 'unknown person_id: no accepted participants row has this id'
              WHEN earlier_end >= start_date
              THEN 'overlaps an earlier spell of the same programme for this person (a later spell must start after the earlier one has ended)'
         END AS _reject_reason
  FROM spells
)
SELECT e.*, f._reject_column, f._reject_value, f._reject_reason
FROM staged_enrolments e
JOIN flags f ON e._line = f._line
