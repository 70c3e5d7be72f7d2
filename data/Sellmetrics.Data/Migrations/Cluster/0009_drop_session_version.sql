-- Sessions are server-side rows (identity.sessions) since 0007; the per-user version counter is no longer read.
ALTER TABLE identity.users DROP COLUMN session_version;
