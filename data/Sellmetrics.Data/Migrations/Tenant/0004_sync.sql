-- Marketplace connections (credentials only ever as a Fernet token) and each dataset's sync progress,
-- written in the same transaction as the facts a pull step stored, so a restart resumes where it stood.
CREATE TABLE marketplace_connections
(
    id                 uuid         NOT NULL PRIMARY KEY,
    marketplace        varchar(20)  NOT NULL CHECK (marketplace IN ('amazon', 'walmart')),
    marketplace_id     varchar(32)  NOT NULL,
    account            varchar(100) NOT NULL,
    region             varchar(4)   NULL,
    sealed_credentials text         NOT NULL,
    status             varchar(20)  NOT NULL,
    connected_at       timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL
);

CREATE TABLE sync_datasets
(
    connection_id   uuid         NOT NULL REFERENCES marketplace_connections (id) ON DELETE CASCADE,
    dataset         varchar(40)  NOT NULL,
    state           varchar(20)  NOT NULL,
    horizon         timestamptz  NULL,
    covered_from    timestamptz  NULL,
    covered_to      timestamptz  NULL,
    started_at      timestamptz  NULL,
    last_success_at timestamptz  NULL,
    last_attempt_at timestamptz  NULL,
    rows            bigint       NOT NULL DEFAULT 0,
    api_calls       bigint       NOT NULL DEFAULT 0,
    throttles       bigint       NOT NULL DEFAULT 0,
    error           varchar(500) NULL,
    cursor          text         NULL,
    PRIMARY KEY (connection_id, dataset)
);
