-- Alerts a seller opted into: the rules, the conditions each rule has raised and that have not cleared yet (so the same
-- condition alerts once), the alerts themselves, and when each is due on each channel (quiet hours and digests delay
-- email and webhooks). The webhook's signing secret is sealed like marketplace credentials.
CREATE TABLE alert_rules
(
    id           uuid          NOT NULL PRIMARY KEY,
    kind         varchar(30)   NOT NULL,
    threshold    numeric(9,2)  NULL,
    skus         text[]        NOT NULL DEFAULT '{}',
    attributes   text[]        NOT NULL DEFAULT '{}',
    channels     text[]        NOT NULL,
    quiet_from   time          NULL,
    quiet_to     time          NULL,
    daily_digest boolean       NOT NULL DEFAULT false,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    CHECK ((quiet_from IS NULL) = (quiet_to IS NULL))
);

CREATE TABLE alert_conditions
(
    rule_id uuid         NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    subject varchar(200) NOT NULL,
    since   timestamptz  NOT NULL,
    PRIMARY KEY (rule_id, subject)
);

CREATE TABLE alerts
(
    id         uuid         NOT NULL PRIMARY KEY,
    rule_id    uuid         NULL REFERENCES alert_rules (id) ON DELETE SET NULL,
    kind       varchar(30)  NOT NULL,
    subject    varchar(200) NOT NULL,
    title      text         NOT NULL,
    summary    text         NOT NULL,
    page_path  text         NOT NULL,
    raised_at  timestamptz  NOT NULL,
    read_at    timestamptz  NULL,
    -- What raised an alert that is an event rather than a condition (a listing change), so it is raised once per rule.
    source     varchar(100) NULL,
    UNIQUE (rule_id, source)
);
CREATE INDEX ix_alerts_raised_at ON alerts (raised_at DESC);
CREATE INDEX ix_alerts_unread ON alerts (raised_at) WHERE read_at IS NULL;

CREATE TABLE alert_deliveries
(
    alert_id uuid        NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    channel  varchar(10) NOT NULL,
    due_at   timestamptz NOT NULL,
    sent_at  timestamptz NULL,
    PRIMARY KEY (alert_id, channel)
);
CREATE INDEX ix_alert_deliveries_due ON alert_deliveries (due_at) WHERE sent_at IS NULL;

CREATE TABLE alert_webhook
(
    single        boolean     NOT NULL PRIMARY KEY DEFAULT true CHECK (single),
    url           text        NOT NULL,
    slack         boolean     NOT NULL DEFAULT false,
    sealed_secret text        NOT NULL,
    updated_at    timestamptz NOT NULL
);
