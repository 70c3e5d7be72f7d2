-- The listing monitor keeps each listing's latest snapshot and, for every watched attribute that changed between two
-- snapshots, one change event with the value before and after. Lists (bullets, images, issues) keep their order.
CREATE TABLE listing_snapshots
(
    marketplace    varchar(32)   NOT NULL,
    sku            varchar(200)  NOT NULL,
    asin           varchar(20)   NULL,
    title          text          NULL,
    bullet_points  text[]        NOT NULL DEFAULT '{}',
    main_image     text          NULL,
    other_images   text[]        NOT NULL DEFAULT '{}',
    price          numeric(18,4) NULL,
    currency       char(3)       NULL,
    availability   varchar(100)  NULL,
    issues         text[]        NOT NULL DEFAULT '{}',
    buy_box_winner varchar(64)   NULL,
    taken_at       timestamptz   NOT NULL,
    PRIMARY KEY (marketplace, sku)
);

CREATE TABLE listing_changes
(
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    marketplace varchar(32)  NOT NULL,
    sku         varchar(200) NOT NULL,
    asin        varchar(20)  NULL,
    attribute   varchar(20)  NOT NULL,
    before      text         NULL,
    after       text         NULL,
    detected_at timestamptz  NOT NULL,
    UNIQUE (marketplace, sku, attribute, detected_at)
);
CREATE INDEX ix_listing_changes_detected_at ON listing_changes (detected_at);
