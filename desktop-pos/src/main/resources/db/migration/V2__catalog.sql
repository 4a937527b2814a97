CREATE TABLE category (
    id          UUID          NOT NULL PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    name_key    VARCHAR(100)  NOT NULL UNIQUE,   -- lower case, no accents: "Lácteos" = "lacteos"
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE product (
    id               UUID           NOT NULL PRIMARY KEY,
    sku              VARCHAR(50)    UNIQUE,
    name             VARCHAR(200)   NOT NULL,
    search_name      VARCHAR(200)   NOT NULL,    -- lower case, no accents, for search
    category_id      UUID           REFERENCES category (id),
    unit             VARCHAR(20)    NOT NULL,
    sold_by_weight   BOOLEAN        NOT NULL,
    iva              VARCHAR(10)    NOT NULL,
    ieps_percent     DECIMAL(9, 4),
    cost_centavos    BIGINT         NOT NULL,
    price_centavos   BIGINT         NOT NULL,
    min_stock        DECIMAL(15, 3) NOT NULL,
    scale_item_code  VARCHAR(10)    UNIQUE,      -- item code on scale labels (prefix 20-29)
    active           BOOLEAN        NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT product_price_not_negative CHECK (price_centavos >= 0 AND cost_centavos >= 0)
);

-- Several barcodes per product. GTINs are stored normalised to 14 digits; other codes as typed (upper case).
CREATE TABLE product_barcode (
    code        VARCHAR(48)   NOT NULL PRIMARY KEY,
    product_id  UUID          NOT NULL REFERENCES product (id),
    kind        VARCHAR(20)   NOT NULL
);
CREATE INDEX product_barcode_product ON product_barcode (product_id);

-- Every price or cost change, with who made it: prices are never just overwritten.
CREATE TABLE price_change (
    id                  UUID      NOT NULL PRIMARY KEY,
    product_id          UUID      NOT NULL REFERENCES product (id),
    changed_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by          UUID,
    old_price_centavos  BIGINT,
    new_price_centavos  BIGINT    NOT NULL,
    old_cost_centavos   BIGINT,
    new_cost_centavos   BIGINT    NOT NULL
);
CREATE INDEX price_change_product ON price_change (product_id, changed_at);
