-- A completed sale with its per-line tax split and its tenders. Never updated: voids and returns are
-- their own records pointing here.
CREATE TABLE sale (
    id                  UUID         NOT NULL PRIMARY KEY,
    folio               VARCHAR(30)  NOT NULL UNIQUE,
    shift_id            UUID         NOT NULL REFERENCES shift (id),
    cashier_id          UUID         NOT NULL,
    customer_id         UUID,
    completed_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    subtotal_centavos   BIGINT       NOT NULL,    -- sum of line bases
    discount_centavos   BIGINT       NOT NULL,    -- line and ticket discounts
    ieps_centavos       BIGINT       NOT NULL,
    iva_centavos        BIGINT       NOT NULL,
    total_centavos      BIGINT       NOT NULL,    -- what the customer pays
    change_centavos     BIGINT       NOT NULL,
    discount_authorized_by UUID,
    CONSTRAINT sale_adds_up CHECK (subtotal_centavos + ieps_centavos + iva_centavos = total_centavos)
);
CREATE INDEX sale_shift ON sale (shift_id);
CREATE INDEX sale_completed ON sale (completed_at);

CREATE TABLE sale_line (
    id                   UUID           NOT NULL PRIMARY KEY,
    sale_id              UUID           NOT NULL REFERENCES sale (id),
    line_no              INT            NOT NULL,
    product_id           UUID           NOT NULL REFERENCES product (id),
    description          VARCHAR(200)   NOT NULL,
    quantity             DECIMAL(15, 3) NOT NULL CHECK (quantity > 0),
    unit_price_centavos  BIGINT         NOT NULL,
    discount_centavos    BIGINT         NOT NULL,
    amount_centavos      BIGINT         NOT NULL,
    base_centavos        BIGINT         NOT NULL,
    ieps_centavos        BIGINT         NOT NULL,
    iva_centavos         BIGINT         NOT NULL,
    iva_rate             VARCHAR(10)    NOT NULL,
    ieps_percent         DECIMAL(9, 4),
    UNIQUE (sale_id, line_no),
    CONSTRAINT sale_line_adds_up CHECK (base_centavos + ieps_centavos + iva_centavos = amount_centavos)
);

CREATE TABLE sale_tender (
    id               UUID         NOT NULL PRIMARY KEY,
    sale_id          UUID         NOT NULL REFERENCES sale (id),
    kind             VARCHAR(20)  NOT NULL,
    amount_centavos  BIGINT       NOT NULL CHECK (amount_centavos > 0),
    reference        VARCHAR(60),                  -- card authorisation no., transfer reference
    customer_id      UUID                          -- fiado
);
CREATE INDEX sale_tender_sale ON sale_tender (sale_id);

-- A whole sale cancelled by a manager in the same shift.
CREATE TABLE sale_void (
    id             UUID          NOT NULL PRIMARY KEY,
    sale_id        UUID          NOT NULL UNIQUE REFERENCES sale (id),
    shift_id       UUID          NOT NULL REFERENCES shift (id),
    voided_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    requested_by   UUID          NOT NULL,
    authorized_by  UUID          NOT NULL,
    reason         VARCHAR(500)  NOT NULL
);

-- Some lines (or parts of them) brought back.
CREATE TABLE sale_return (
    id               UUID          NOT NULL PRIMARY KEY,
    sale_id          UUID          NOT NULL REFERENCES sale (id),
    shift_id         UUID          NOT NULL REFERENCES shift (id),
    returned_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    user_id          UUID          NOT NULL,
    refund_tender    VARCHAR(20)   NOT NULL,
    total_centavos   BIGINT        NOT NULL,
    reason           VARCHAR(500)
);
CREATE INDEX sale_return_sale ON sale_return (sale_id);
CREATE TABLE sale_return_line (
    return_id        UUID           NOT NULL REFERENCES sale_return (id),
    sale_line_id     UUID           NOT NULL REFERENCES sale_line (id),
    quantity         DECIMAL(15, 3) NOT NULL CHECK (quantity > 0),
    amount_centavos  BIGINT         NOT NULL,
    base_centavos    BIGINT         NOT NULL,
    ieps_centavos    BIGINT         NOT NULL,
    iva_centavos     BIGINT         NOT NULL,
    PRIMARY KEY (return_id, sale_line_id)
);

-- Carts set aside while another customer is served; they survive a restart.
CREATE TABLE parked_sale (
    id          UUID          NOT NULL PRIMARY KEY,
    cashier_id  UUID          NOT NULL,
    label       VARCHAR(100)  NOT NULL,
    parked_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cart_json   CHARACTER VARYING(1000000) NOT NULL
);

INSERT INTO counter (name, last_value) VALUES ('folio', 0);
