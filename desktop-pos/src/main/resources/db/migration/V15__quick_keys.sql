-- Quick keys: the products on the sale screen's one-touch grid (loose goods without a barcode: tortillas,
-- pan, copias), in the owner's order. Configuration of this counter, not money: no outbox, no history.
-- The grid groups them by the product's category; "place" orders them (lowest first) within each group.
CREATE TABLE quick_key (
    product_id  UUID     NOT NULL PRIMARY KEY REFERENCES product (id),
    place       INTEGER  NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX quick_key_place ON quick_key (place);
