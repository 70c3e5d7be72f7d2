-- One row per sign-in: the session cookie carries its id, and a cookie whose row is revoked, expired or gone is refused.
-- The user's grain keeps the live rows in memory; every revocation is written here first, so any silo agrees.
CREATE TABLE identity.sessions
(
    id          uuid        NOT NULL PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES identity.users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz NULL
);

CREATE INDEX ix_sessions_user ON identity.sessions (user_id) WHERE revoked_at IS NULL;
