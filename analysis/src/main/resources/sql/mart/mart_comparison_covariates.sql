-- The comparison population collapsed to covariate patterns for the propensity model on the
-- driver: one row per cell of persons with the same arm, outcome and covariate values (null,
-- i.e. missing, is a value of its own), with the number of persons in it; no identifiers.
-- Every covariate is discrete, so at 1,000,000 persons there are at most tens of thousands
-- of cells. Rows are sorted by every column (arm, job, then the covariates, nulls first), so
-- the order and with it the seeded bootstrap do not depend on the pseudonyms.
SELECT arm, job, female, age_at_arrival, education, nokut_yes, norwegian, arrival_year,
    count(*) AS persons
FROM int_comparison_persons
GROUP BY arm, job, female, age_at_arrival, education, nokut_yes, norwegian, arrival_year
ORDER BY arm, job, female, age_at_arrival, education, nokut_yes, norwegian, arrival_year
