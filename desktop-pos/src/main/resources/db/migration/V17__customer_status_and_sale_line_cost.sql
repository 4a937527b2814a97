-- Every deactivation and reactivation of a customer, with who, when and why. customer.active keeps the
-- current state; this table is its history and is never updated.
CREATE TABLE customer_status_change (
    id           UUID          NOT NULL PRIMARY KEY,
    customer_id  UUID          NOT NULL REFERENCES customer (id),
    changed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by   UUID,
    active       BOOLEAN       NOT NULL,       -- the state the customer was put in
    reason       VARCHAR(500)
);
CREATE INDEX customer_status_change_customer ON customer_status_change (customer_id, changed_at);

-- The product's cost when the sale committed, so a later cost change does not move past margins.
-- NULL on lines sold before this column existed and when the product had no cost then (reports fall back
-- to the catalog's current cost and say how many lines did).
ALTER TABLE sale_line ADD COLUMN unit_cost_centavos BIGINT;
