-- One row per mentor spell (as of :as_of), keyed by (person_id, start_date): a person's
-- mentor spells never overlap. With the participant's track and gender and the person's arm.
--   status: ongoing (no end_date); completed_on_time (completed, end_date <=
--           planned_end_date + 31 days); completed_late (completed later); paused
--           (parental_leave); education; dropped_out (dropped_out, moved, other).
--   matured: planned_end_date <= :as_of.
--   completed: completed on time or late.
WITH spells AS (
    SELECT
        e.person_id,
        e.cohort,
        e.start_date,
        e.planned_end_date,
        e.end_date,
        e.end_reason,
        e.mentor_id,
        CASE
            WHEN e.end_date IS NULL THEN 'ongoing'
            WHEN e.end_reason = 'completed'
                AND e.end_date <= date_add(e.planned_end_date, 31) THEN 'completed_on_time'
            WHEN e.end_reason = 'completed' THEN 'completed_late'
            WHEN e.end_reason = 'parental_leave' THEN 'paused'
            WHEN e.end_reason = 'education' THEN 'education'
            WHEN e.end_reason IN ('dropped_out', 'moved', 'other') THEN 'dropped_out'
        END AS status,
        e.planned_end_date <= :as_of AS matured
    FROM stg_enrolments e
    WHERE e.programme = 'mentor'
)
SELECT
    s.*,
    s.status IN ('completed_on_time', 'completed_late') AS completed,
    p.track,
    p.gender,
    a.arm
FROM spells s
JOIN stg_participants p ON p.person_id = s.person_id
JOIN int_person_arms a ON a.person_id = s.person_id
