-- Accounts and tenants, shared by every silo. Business data lives in one schema per tenant.
CREATE SCHEMA identity;
REVOKE ALL ON SCHEMA identity FROM PUBLIC;

CREATE TABLE identity.tenants
(
    id           uuid        NOT NULL PRIMARY KEY,
    schema_name  varchar(63) NOT NULL UNIQUE,
    role_name    varchar(63) NOT NULL UNIQUE,
    status       varchar(20) NOT NULL,
    created_at   timestamptz NOT NULL,
    purge_after  timestamptz NULL
);

CREATE TABLE identity.users
(
    id                    uuid         NOT NULL PRIMARY KEY,
    tenant_id             uuid         NOT NULL REFERENCES identity.tenants (id),
    email                 varchar(254) NOT NULL,
    display_name          varchar(100) NOT NULL,
    password_hash         varchar(300) NOT NULL,
    role                  varchar(20)  NOT NULL DEFAULT 'seller',
    session_version       integer      NOT NULL DEFAULT 1,
    mfa_secret_sealed     text         NULL,
    mfa_pending_sealed    text         NULL,
    mfa_last_step         bigint       NULL,
    recovery_code_hashes  text[]       NOT NULL DEFAULT '{}',
    adult_confirmed_at    timestamptz  NOT NULL,
    created_at            timestamptz  NOT NULL,
    last_sign_in_at       timestamptz  NULL
);

CREATE UNIQUE INDEX ux_users_email ON identity.users (lower(email));
CREATE INDEX ix_users_tenant ON identity.users (tenant_id);

-- ASP.NET Core Data Protection keys (cookies, antiforgery), shared so every silo accepts every cookie.
CREATE TABLE sellmetrics.data_protection_keys
(
    friendly_name varchar(200) NOT NULL PRIMARY KEY,
    xml           text         NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);

-- The one record a purge keeps outside the tenant: which tenant, who purged it, when. No business data.
CREATE TABLE sellmetrics.tenant_purges
(
    tenant_id  uuid         NOT NULL PRIMARY KEY,
    purged_by  varchar(254) NOT NULL,
    reason     varchar(40)  NOT NULL,
    purged_at  timestamptz  NOT NULL
);
