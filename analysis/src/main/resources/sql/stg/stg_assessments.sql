-- The assessments rows dated on or before :as_of; later ones are ignored.
SELECT *
FROM raw_assessments
WHERE date <= :as_of
