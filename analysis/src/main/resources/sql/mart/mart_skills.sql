-- skills.csv before the statistics: per group, dimension and (baseline, final) score pair,
-- the number of persons with a mentor spell who have both a baseline and a final score for
-- the dimension with these values. Scores are 1-5, so a group has at most 25 rows per
-- dimension; the Java side expands them into the paired scores of the Wilcoxon test.
WITH pairs AS (
    SELECT
        b.person_id,
        b.dimension,
        b.score AS baseline_score,
        f.score AS final_score
    FROM stg_assessments b
    JOIN stg_assessments f
        ON f.person_id = b.person_id
        AND f.dimension = b.dimension
        AND f.phase = 'final'
    WHERE b.phase = 'baseline'
)
SELECT
    g.group_type,
    g.`group`,
    p.dimension,
    p.baseline_score,
    p.final_score,
    count(*) AS persons
FROM int_mentor_person_groups g
JOIN pairs p USING (person_id)
GROUP BY g.group_type, g.`group`, p.dimension, p.baseline_score, p.final_score
