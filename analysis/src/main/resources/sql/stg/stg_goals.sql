-- The goals rows dated on or before :as_of; later ones are ignored.
SELECT *
FROM raw_goals
WHERE set_date <= :as_of
