-- The mentor meetings (events with event = mentor_meeting, as of :as_of), each with the
-- mentor spell it belongs to: the person's spell whose closed range [start_date, end_date,
-- or :as_of while ongoing] holds the meeting's date. A person's mentor spells never
-- overlap, so a meeting belongs to at most one spell; a meeting outside every spell
-- (e.g. after a pause began) has no row.
SELECT
    s.person_id,
    s.start_date,
    e.date,
    e.meeting_no,
    e.minutes_written
FROM int_mentor_spells s
JOIN stg_events e
    ON e.person_id = s.person_id
    AND e.event = 'mentor_meeting'
    AND e.date >= s.start_date
    AND e.date <= coalesce(s.end_date, :as_of)
