-- A cashier's shift at this terminal. Open while it has no closing row; rows are never updated.
CREATE TABLE shift (
    id                      UUID    NOT NULL PRIMARY KEY,
    cashier_id              UUID    NOT NULL,
    opened_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    opening_float_centavos  BIGINT  NOT NULL CHECK (opening_float_centavos >= 0)
);

-- Every peso that enters or leaves the drawer: sale cash (net of change), refunds, voids, cash in/out.
CREATE TABLE cash_movement (
    id               UUID         NOT NULL PRIMARY KEY,
    shift_id         UUID         NOT NULL REFERENCES shift (id),
    kind             VARCHAR(20)  NOT NULL,
    amount_centavos  BIGINT       NOT NULL,           -- signed: + into the drawer, - out of it
    reason           VARCHAR(500),
    reference_id     UUID,                            -- the sale, void or return behind it
    user_id          UUID         NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX cash_movement_shift ON cash_movement (shift_id);

-- The corte de caja: written once when the shift closes, with what was expected and what was counted.
CREATE TABLE shift_closing (
    shift_id    UUID   NOT NULL PRIMARY KEY REFERENCES shift (id),
    closed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closed_by   UUID   NOT NULL
);
CREATE TABLE shift_closing_tender (
    shift_id            UUID        NOT NULL REFERENCES shift_closing (shift_id),
    tender              VARCHAR(20) NOT NULL,
    expected_centavos   BIGINT      NOT NULL,
    counted_centavos    BIGINT      NOT NULL,
    PRIMARY KEY (shift_id, tender)
);
CREATE TABLE shift_closing_cash_count (
    shift_id               UUID    NOT NULL REFERENCES shift_closing (shift_id),
    denomination_centavos  BIGINT  NOT NULL,
    pieces                 INT     NOT NULL CHECK (pieces >= 0),
    PRIMARY KEY (shift_id, denomination_centavos)
);
