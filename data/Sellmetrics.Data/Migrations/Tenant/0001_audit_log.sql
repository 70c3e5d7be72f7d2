-- Applied inside each tenant's own schema (search_path is that schema): what happened to the
-- tenant's data and who did it.
CREATE TABLE audit_log
(
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at     timestamptz  NOT NULL,
    actor  varchar(254) NOT NULL,
    action varchar(100) NOT NULL,
    detail jsonb        NULL
);
