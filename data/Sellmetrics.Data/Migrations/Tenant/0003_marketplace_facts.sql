-- Raw marketplace facts, upserted on their natural keys so that pulling a window twice changes nothing.
-- Money is numeric with its ISO currency; instants are timestamptz; the profit engine derives everything else.
CREATE TABLE orders
(
    marketplace  varchar(32)  NOT NULL,
    order_id     varchar(64)  NOT NULL,
    purchased_at timestamptz  NOT NULL,
    status       varchar(20)  NOT NULL,
    PRIMARY KEY (marketplace, order_id)
);

CREATE TABLE order_items
(
    marketplace        varchar(32)   NOT NULL,
    order_id           varchar(64)   NOT NULL,
    sku                varchar(200)  NOT NULL,
    order_item_id      varchar(300)  NOT NULL,
    product_id         varchar(64)   NOT NULL,
    quantity           integer       NOT NULL,
    currency           char(3)       NOT NULL,
    item_price         numeric(18,4) NOT NULL,
    shipping_price     numeric(18,4) NOT NULL,
    gift_wrap_price    numeric(18,4) NOT NULL,
    promotion_discount numeric(18,4) NOT NULL,
    shipping_discount  numeric(18,4) NOT NULL,
    tax                numeric(18,4) NOT NULL,
    PRIMARY KEY (marketplace, order_id, sku)
);
CREATE INDEX ix_order_items_sku ON order_items (marketplace, sku);

CREATE TABLE fee_lines
(
    marketplace varchar(32)   NOT NULL,
    id          varchar(400)  NOT NULL,
    order_id    varchar(64)   NOT NULL,
    sku         varchar(200)  NOT NULL,
    fee_type    varchar(100)  NOT NULL,
    currency    char(3)       NOT NULL,
    amount      numeric(18,4) NOT NULL,
    posted_at   timestamptz   NOT NULL,
    PRIMARY KEY (marketplace, id)
);
CREATE INDEX ix_fee_lines_sku ON fee_lines (marketplace, sku);

CREATE TABLE refund_events
(
    marketplace     varchar(32)   NOT NULL,
    id              varchar(400)  NOT NULL,
    order_id        varchar(64)   NOT NULL,
    sku             varchar(200)  NOT NULL,
    posted_at       timestamptz   NOT NULL,
    currency        char(3)       NOT NULL,
    principal       numeric(18,4) NOT NULL,
    shipping        numeric(18,4) NOT NULL,
    gift_wrap       numeric(18,4) NOT NULL,
    promotion       numeric(18,4) NOT NULL,
    fee_adjustments numeric(18,4) NOT NULL,
    other           numeric(18,4) NOT NULL,
    PRIMARY KEY (marketplace, id)
);
CREATE INDEX ix_refund_events_sku ON refund_events (marketplace, sku);

-- Storage, subscription, inbound and other account-level fees; sku NULL means the tenant level.
CREATE TABLE service_fees
(
    marketplace varchar(32)   NOT NULL,
    id          varchar(400)  NOT NULL,
    sku         varchar(200)  NULL,
    fee_type    varchar(100)  NOT NULL,
    posted_at   timestamptz   NOT NULL,
    currency    char(3)       NOT NULL,
    amount      numeric(18,4) NOT NULL,
    PRIMARY KEY (marketplace, id)
);
CREATE INDEX ix_service_fees_sku ON service_fees (marketplace, sku);

-- Reimbursement money from the financial events (the reimbursements report only adds detail, below).
CREATE TABLE reimbursements
(
    marketplace varchar(32)   NOT NULL,
    id          varchar(400)  NOT NULL,
    sku         varchar(200)  NULL,
    posted_at   timestamptz   NOT NULL,
    currency    char(3)       NOT NULL,
    amount      numeric(18,4) NOT NULL,
    reason      varchar(200)  NOT NULL,
    PRIMARY KEY (marketplace, id)
);
CREATE INDEX ix_reimbursements_sku ON reimbursements (marketplace, sku);

CREATE TABLE customer_returns
(
    marketplace varchar(32)  NOT NULL,
    id          varchar(400) NOT NULL,
    order_id    varchar(64)  NOT NULL,
    sku         varchar(200) NOT NULL,
    returned_at timestamptz  NOT NULL,
    quantity    integer      NOT NULL,
    disposition varchar(100) NOT NULL,
    sellable    boolean      NOT NULL,
    PRIMARY KEY (marketplace, id)
);
CREATE INDEX ix_customer_returns_sku ON customer_returns (marketplace, sku);
CREATE INDEX ix_customer_returns_day ON customer_returns (returned_at);

CREATE TABLE reimbursement_details
(
    marketplace        varchar(32)   NOT NULL,
    reimbursement_id   varchar(100)  NOT NULL,
    sku_key            varchar(200)  NOT NULL,
    sku                varchar(200)  NULL,
    asin               varchar(20)   NULL,
    order_id           varchar(64)   NULL,
    approved_at        timestamptz   NOT NULL,
    reason             varchar(200)  NOT NULL,
    case_id            varchar(100)  NULL,
    currency           char(3)       NOT NULL,
    amount_total       numeric(18,4) NOT NULL,
    quantity_cash      integer       NOT NULL,
    quantity_inventory integer       NOT NULL,
    PRIMARY KEY (marketplace, reimbursement_id, sku_key)
);
CREATE INDEX ix_reimbursement_details_day ON reimbursement_details (approved_at);

CREATE TABLE inventory_levels
(
    marketplace   varchar(32)  NOT NULL,
    sku           varchar(200) NOT NULL,
    location      varchar(100) NOT NULL,
    day           date         NOT NULL,
    asin          varchar(20)  NULL,
    fulfillable   integer      NOT NULL,
    inbound       integer      NOT NULL,
    reserved      integer      NOT NULL,
    unfulfillable integer      NOT NULL,
    observed_at   timestamptz  NOT NULL,
    PRIMARY KEY (marketplace, sku, location, day)
);

CREATE TABLE catalog_entries
(
    marketplace    varchar(32)   NOT NULL,
    sku            varchar(200)  NOT NULL,
    asin           varchar(20)   NULL,
    title          varchar(1000) NULL,
    brand          varchar(200)  NULL,
    image_url      varchar(2000) NULL,
    price          numeric(18,4) NULL,
    currency       char(3)       NULL,
    listing_status varchar(100)  NULL,
    observed_at    timestamptz   NOT NULL,
    PRIMARY KEY (marketplace, sku)
);

CREATE TABLE traffic_days
(
    marketplace        varchar(32)  NOT NULL,
    asin               varchar(20)  NOT NULL,
    day                date         NOT NULL,
    sku                varchar(200) NULL,
    sessions           integer      NOT NULL,
    page_views         integer      NOT NULL,
    units_ordered      integer      NOT NULL,
    buy_box_percentage numeric(7,2) NULL,
    PRIMARY KEY (marketplace, asin, day)
);

-- Unit costs: the entry with the latest effective_from on or before a day is in force that day.
CREATE TABLE cogs
(
    marketplace    varchar(32)   NOT NULL,
    sku            varchar(200)  NOT NULL,
    effective_from date          NOT NULL,
    unit_cost      numeric(18,4) NOT NULL CHECK (unit_cost >= 0),
    currency       char(3)       NOT NULL,
    updated_at     timestamptz   NOT NULL,
    PRIMARY KEY (marketplace, sku, effective_from)
);
