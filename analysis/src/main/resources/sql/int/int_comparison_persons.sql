-- The comparison population, one row per person (metrics.md, "Comparison with the ordinary
-- introduction programme"): persons on track :comparison_track in the arms
-- mentor_internship, mentor_only and ordinary, with index date = int_person_origins' origin.
-- Left out: a relevant job dated before the index date, or index + :followup_days after
-- :as_of. job: a relevant job in [index, index + :followup_days] (1) or not (0); that
-- window ends on or before :as_of, so the first job in [index, :as_of] decides.
-- Covariates, null where missing or unknown (the Java side imputes them):
--   female 1/0 (other and unknown count as not female); age_at_arrival = year of
--   arrival_date - birth_year; education none 0 ... phd 6; nokut_yes 1 (yes) / 0 (no,
--   pending); norwegian A1 1 ... C2 6; arrival_year.
SELECT
    o.person_id,
    o.arm,
    CASE WHEN o.first_job_date <= date_add(o.origin, :followup_days) THEN 1 ELSE 0 END AS job,
    CAST(CASE WHEN p.gender = 'female' THEN 1 ELSE 0 END AS DOUBLE) AS female,
    CAST(year(p.arrival_date) - p.birth_year AS DOUBLE) AS age_at_arrival,
    CAST(CASE p.education_level
        WHEN 'none' THEN 0
        WHEN 'primary' THEN 1
        WHEN 'upper_secondary' THEN 2
        WHEN 'higher_short' THEN 3
        WHEN 'bachelor' THEN 4
        WHEN 'master' THEN 5
        WHEN 'phd' THEN 6
    END AS DOUBLE) AS education,
    CAST(CASE p.nokut_approved
        WHEN 'yes' THEN 1
        WHEN 'no' THEN 0
        WHEN 'pending' THEN 0
    END AS DOUBLE) AS nokut_yes,
    CAST(CASE p.norwegian_level
        WHEN 'A1' THEN 1
        WHEN 'A2' THEN 2
        WHEN 'B1' THEN 3
        WHEN 'B2' THEN 4
        WHEN 'C1' THEN 5
        WHEN 'C2' THEN 6
    END AS DOUBLE) AS norwegian,
    CAST(year(p.arrival_date) AS DOUBLE) AS arrival_year
FROM int_person_origins o
JOIN stg_participants p ON p.person_id = o.person_id
WHERE p.track = :comparison_track
    AND o.arm IN ('mentor_internship', 'mentor_only', 'ordinary')
    AND NOT o.job_before_origin
    AND date_add(o.origin, :followup_days) <= :as_of
