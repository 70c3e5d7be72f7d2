-- 0007 renamed stored Amazon service fees from reporting-day names to UTC-day names, but a reporting day straddles two
-- UTC days, so a fee's place within its new day can differ from the place a re-pull gives it there: the finance re-pull
-- window (SyncOptions.FinanceRepullDays, 14 days by default) then stores the same fee a second time. Inside that window
-- the stored service fees of every connection that still pulls are dropped, to be read again under exact UTC-day names
-- by the next finance pull, made due at once. Fees of revoked or disconnected connections stay: nothing re-reads them.
DELETE FROM service_fees s
USING marketplace_connections c
JOIN sync_datasets d ON d.connection_id = c.id AND d.dataset = 'finances'
WHERE c.marketplace = 'amazon'
  AND c.status = 'connected'
  AND s.marketplace = c.marketplace_id
  AND d.covered_to IS NOT NULL
  AND s.posted_at >= (date_trunc('day', d.covered_to AT TIME ZONE 'UTC') - interval '14 days') AT TIME ZONE 'UTC';

UPDATE sync_datasets d
SET last_success_at = NULL
FROM marketplace_connections c
WHERE d.connection_id = c.id AND d.dataset = 'finances' AND c.marketplace = 'amazon' AND c.status = 'connected' AND d.covered_to IS NOT NULL;
