-- The comparison population's outcome and covariates, one row per person and no
-- identifiers, for the propensity model on the driver. Rows are sorted by every column
-- (arm, job, then the covariates, nulls first), so the order and with it the seeded
-- bootstrap do not depend on the pseudonyms.
SELECT arm, job, female, age_at_arrival, education, nokut_yes, norwegian, arrival_year
FROM int_comparison_persons
ORDER BY arm, job, female, age_at_arrival, education, nokut_yes, norwegian, arrival_year
