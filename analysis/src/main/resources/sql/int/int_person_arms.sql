-- One row per person with at least one spell (as of :as_of): the person's arm, from all
-- of the person's spells, and the first spell of each programme.
--   arm: mentor_internship (mentor and internship), mentor_only, internship_only,
--        ordinary (intro, and neither mentor nor internship); null for anyone else.
--   first_mentor_start, first_mentor_cohort: the earliest mentor spell (the person's
--        cohort where a table groups persons); null without a mentor spell.
--   first_internship_start, first_intro_start: the earliest spell of that programme.
-- Two spells of one programme never overlap, so start dates within a programme are distinct.
WITH spells_per_person AS (
    SELECT
        person_id,
        min(CASE WHEN programme = 'mentor' THEN start_date END) AS first_mentor_start,
        min_by(CASE WHEN programme = 'mentor' THEN cohort END,
               CASE WHEN programme = 'mentor' THEN start_date END) AS first_mentor_cohort,
        min(CASE WHEN programme = 'internship' THEN start_date END) AS first_internship_start,
        min(CASE WHEN programme = 'intro' THEN start_date END) AS first_intro_start
    FROM stg_enrolments
    GROUP BY person_id
)
SELECT
    person_id,
    CASE
        WHEN first_mentor_start IS NOT NULL AND first_internship_start IS NOT NULL THEN 'mentor_internship'
        WHEN first_mentor_start IS NOT NULL THEN 'mentor_only'
        WHEN first_internship_start IS NOT NULL THEN 'internship_only'
        WHEN first_intro_start IS NOT NULL THEN 'ordinary'
    END AS arm,
    first_mentor_start,
    first_mentor_cohort,
    first_internship_start,
    first_intro_start
FROM spells_per_person
