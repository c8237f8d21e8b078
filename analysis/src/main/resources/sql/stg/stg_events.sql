-- The events rows dated on or before :as_of; later ones are ignored.
SELECT *
FROM raw_events
WHERE date <= :as_of
