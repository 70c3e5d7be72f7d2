-- An Amazon connection is one seller account in one region, tracking a set of its marketplaces (the home one first);
-- the marketplaces the seller participates in there are kept beside them for the picker. A connection stored before
-- tracks the one marketplace it had.
ALTER TABLE marketplace_connections
    ADD COLUMN marketplace_ids           varchar(32)[] NOT NULL DEFAULT '{}',
    ADD COLUMN available_marketplace_ids varchar(32)[] NOT NULL DEFAULT '{}';

UPDATE marketplace_connections SET marketplace_ids = ARRAY[marketplace_id], available_marketplace_ids = ARRAY[marketplace_id];

-- Sync progress is kept per dataset and marketplace; '' for a dataset read once for the whole account (Amazon's
-- financial events). Existing rows take their connection's marketplace, so a connection resumes where it stood.
ALTER TABLE sync_datasets ADD COLUMN marketplace_id varchar(32) NOT NULL DEFAULT '';

UPDATE sync_datasets s SET marketplace_id = c.marketplace_id
FROM marketplace_connections c
WHERE c.id = s.connection_id AND NOT (c.marketplace = 'amazon' AND s.dataset = 'finances');

ALTER TABLE sync_datasets DROP CONSTRAINT sync_datasets_pkey;
ALTER TABLE sync_datasets ADD PRIMARY KEY (connection_id, dataset, marketplace_id);
