-- Money lines a pull refused because neither the payload nor the marketplace table gave their currency.
ALTER TABLE sync_datasets ADD COLUMN refused_lines bigint NOT NULL DEFAULT 0;
