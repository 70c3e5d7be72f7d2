-- When the holder of the account's address proved it by opening a link sent there; a role counts only after that.
ALTER TABLE identity.users ADD COLUMN email_verified_at timestamptz NULL;

-- The one open link of an account: at sign-up for its own address, on a change for the new one (pending until opened).
-- A new link replaces the old; only the token's SHA-256 is kept; a used link is deleted. A claimed address cannot be
-- signed up with or asked for by another account until the link expires; an unclaimed row (the address was taken)
-- only answers the owner's Settings the same way a claimed one does, and no link to it was ever sent.
CREATE TABLE identity.email_verifications
(
    user_id     uuid         NOT NULL PRIMARY KEY REFERENCES identity.users (id) ON DELETE CASCADE,
    email       varchar(254) NOT NULL,
    claimed     boolean      NOT NULL,
    token_hash  bytea        NOT NULL,
    created_at  timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL
);

CREATE UNIQUE INDEX ux_email_verifications_token ON identity.email_verifications (token_hash);
CREATE UNIQUE INDEX ux_email_verifications_claimed ON identity.email_verifications (lower(email)) WHERE claimed;

-- Who was made or unmade admin, by whom (an admin's email, or 'bootstrap') and when.
CREATE TABLE identity.role_changes
(
    id       bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id  uuid         NOT NULL REFERENCES identity.users (id) ON DELETE CASCADE,
    role     varchar(20)  NOT NULL,
    granted  boolean      NOT NULL,
    actor    varchar(254) NOT NULL,
    at       timestamptz  NOT NULL
);

-- The one-time bootstrap: once a configured address has been verified into the first admin, the list grants nothing more.
CREATE TABLE identity.admin_bootstrap
(
    done        boolean     NOT NULL PRIMARY KEY DEFAULT true CHECK (done),
    granted_at  timestamptz NOT NULL
);

-- Every mail of the product, written in the transaction that decides to send it and delivered by a background sender on
-- any silo (due rows are claimed with FOR UPDATE SKIP LOCKED and leased). The body is dropped once delivered.
CREATE TABLE sellmetrics.mail_outbox
(
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient        varchar(254) NOT NULL,
    subject          varchar(200) NOT NULL,
    body             text         NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL DEFAULT now(),
    sent_at          timestamptz  NULL,
    failed_at        timestamptz  NULL,
    last_error       varchar(200) NULL
);

CREATE INDEX ix_mail_outbox_due ON sellmetrics.mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
