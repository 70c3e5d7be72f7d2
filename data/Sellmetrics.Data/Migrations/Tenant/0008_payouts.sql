-- Settlements (what a marketplace paid out, and for which period) and their lines summed per kind and reference,
-- kept beside the facts so that each deposit can be set against the ledger the profit uses.
CREATE TABLE payouts
(
    marketplace    varchar(32)   NOT NULL,
    settlement_id  varchar(64)   NOT NULL,
    period_start   timestamptz   NOT NULL,
    period_end     timestamptz   NOT NULL,
    deposit_date   timestamptz   NULL,
    deposit_amount numeric(18,4) NOT NULL,
    currency       char(3)       NOT NULL,
    PRIMARY KEY (marketplace, settlement_id)
);
CREATE INDEX ix_payouts_period_end ON payouts (period_end);

CREATE TABLE payout_lines
(
    marketplace   varchar(32)   NOT NULL,
    settlement_id varchar(64)   NOT NULL,
    kind          varchar(20)   NOT NULL,
    reference     varchar(400)  NOT NULL,
    order_id      varchar(64)   NULL,
    sku           varchar(200)  NULL,
    posted_at     timestamptz   NULL,
    amount        numeric(18,4) NOT NULL,
    PRIMARY KEY (marketplace, settlement_id, kind, reference),
    FOREIGN KEY (marketplace, settlement_id) REFERENCES payouts (marketplace, settlement_id) ON DELETE CASCADE
);
