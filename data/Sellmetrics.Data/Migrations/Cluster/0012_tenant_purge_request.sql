-- Who asked for a purge and why, kept on the tenant while it is being purged, so a purge a stopped silo left
-- half done is finished under the same name by the reminder that resumes it.
ALTER TABLE identity.tenants
    ADD COLUMN purge_requested_by varchar(320) NULL,
    ADD COLUMN purge_reason       varchar(100) NULL;
