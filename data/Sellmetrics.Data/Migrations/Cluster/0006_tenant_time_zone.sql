-- The tenant's reporting time zone (IANA id): it decides which day an order, fee or refund belongs to.
ALTER TABLE identity.tenants ADD COLUMN time_zone varchar(64) NOT NULL DEFAULT 'UTC';
