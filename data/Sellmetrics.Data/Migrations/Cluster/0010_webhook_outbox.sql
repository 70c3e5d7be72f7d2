-- Alert webhooks waiting to be posted, like mail: claimed with a lease, retried with a doubling delay. The body is signed
-- when it is sent, with the tenant's current secret, so no secret is copied here; bodies are dropped once delivered.
CREATE TABLE sellmetrics.webhook_outbox
(
    id               bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        uuid          NOT NULL,
    url              text          NOT NULL,
    body             text          NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL DEFAULT now(),
    sent_at          timestamptz   NULL,
    failed_at        timestamptz   NULL,
    last_error       varchar(200)  NULL
);
CREATE INDEX ix_webhook_outbox_due ON sellmetrics.webhook_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
