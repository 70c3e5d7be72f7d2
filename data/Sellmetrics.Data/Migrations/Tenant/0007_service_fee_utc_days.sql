-- Amazon service fees carry no date, so they are named and dated by the day they were posted in. That day was the
-- tenant's reporting day; it is now the UTC day (dated at its noon), so a changed zone re-reads the same names.
-- Each stored fee moves to the UTC day that most of its old reporting day covered; names a zone change had already
-- doubled collapse into one.
CREATE TEMPORARY TABLE moved_service_fees ON COMMIT DROP AS
SELECT marketplace, id, new_id, new_posted_at,
       row_number() OVER (PARTITION BY marketplace, new_id ORDER BY (id = new_id) DESC, id) AS copy
FROM (SELECT marketplace, id,
             regexp_replace(id, '/\d{8}T\d{4}Z/(\d+)$', '/' || to_char(utc_day, 'YYYYMMDD') || 'T0000Z/\1') AS new_id,
             (utc_day + interval '12 hours') AT TIME ZONE 'UTC' AS new_posted_at
      FROM (SELECT marketplace, id, date_trunc('day', (posted_at AT TIME ZONE 'UTC') + interval '12 hours') AS utc_day
            FROM service_fees
            WHERE marketplace <> 'WALMART_US' AND id ~ '/\d{8}T\d{4}Z/\d+$') days) names;

DELETE FROM service_fees s USING moved_service_fees m WHERE s.marketplace = m.marketplace AND s.id = m.id AND m.copy > 1;

UPDATE service_fees s SET id = m.new_id, posted_at = m.new_posted_at
FROM moved_service_fees m
WHERE s.marketplace = m.marketplace AND s.id = m.id AND m.copy = 1;

-- A backfill that stopped inside a UTC day resumes from that day's end, so the day is read whole under the new names.
UPDATE sync_datasets
SET covered_from = (date_trunc('day', covered_from AT TIME ZONE 'UTC') + interval '1 day') AT TIME ZONE 'UTC'
WHERE dataset = 'finances' AND covered_from IS NOT NULL AND covered_from <> date_trunc('day', covered_from AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';

DROP TABLE moved_service_fees;
