-- One row per person. A missing gender is `unknown`, as the records spec defines it.
SELECT
    person_id,
    municipality,
    coalesce(gender, 'unknown') AS gender,
    birth_year,
    arrival_date,
    education_level,
    education_field,
    nokut_approved,
    norwegian_level,
    track
FROM raw_participants
