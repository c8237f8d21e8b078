-- The outcomes rows dated on or before :as_of; later ones are ignored.
SELECT *
FROM raw_outcomes
WHERE date <= :as_of
