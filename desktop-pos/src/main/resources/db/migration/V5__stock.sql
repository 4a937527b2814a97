-- Every change of stock, signed, with its reason. Never updated or deleted.
CREATE TABLE stock_movement (
    id           UUID           NOT NULL PRIMARY KEY,
    product_id   UUID           NOT NULL REFERENCES product (id),
    quantity     DECIMAL(15, 3) NOT NULL,          -- signed: + in, - out
    reason       VARCHAR(20)    NOT NULL,
    reference_id UUID,                             -- the sale, return, void or purchase that caused it
    note         VARCHAR(500),
    user_id      UUID,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX stock_movement_product ON stock_movement (product_id, created_at);
CREATE INDEX stock_movement_reference ON stock_movement (reference_id);

-- On hand per product: the sum of its movements, maintained in the same transaction as each movement.
CREATE TABLE stock_level (
    product_id UUID           NOT NULL PRIMARY KEY REFERENCES product (id),
    on_hand    DECIMAL(15, 3) NOT NULL
);
