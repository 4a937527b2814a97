-- Customers who may buy on credit (fiado). A credit limit of 0 means no fiado without a manager.
CREATE TABLE customer (
    id                     UUID          NOT NULL PRIMARY KEY,
    name                   VARCHAR(120)  NOT NULL,
    search_name            VARCHAR(120)  NOT NULL,   -- lower case, no accents, for search
    phone                  VARCHAR(10),              -- 10 Mexican digits, without +52
    credit_limit_centavos  BIGINT        NOT NULL,
    note                   VARCHAR(500),
    active                 BOOLEAN       NOT NULL,
    created_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT customer_limit_not_negative CHECK (credit_limit_centavos >= 0)
);
CREATE INDEX customer_search_name ON customer (search_name);
CREATE INDEX customer_phone ON customer (phone);

-- Every credit limit a customer had, with who set it: limits are never just overwritten.
CREATE TABLE customer_limit_change (
    id                  UUID     NOT NULL PRIMARY KEY,
    customer_id         UUID     NOT NULL REFERENCES customer (id),
    changed_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by          UUID,
    old_limit_centavos  BIGINT,                       -- NULL when the customer was created
    new_limit_centavos  BIGINT   NOT NULL
);
CREATE INDEX customer_limit_change_customer ON customer_limit_change (customer_id, changed_at);

-- The fiado ledger: charges (sales on credit), payments and credits (returns). Never updated or deleted.
CREATE TABLE fiado_entry (
    id               UUID          NOT NULL PRIMARY KEY,
    customer_id      UUID          NOT NULL REFERENCES customer (id),
    kind             VARCHAR(20)   NOT NULL,
    amount_centavos  BIGINT        NOT NULL,          -- always positive; the kind gives the direction
    reference_id     UUID,                            -- the sale (charge) or return (credit)
    tender           VARCHAR(20),                     -- how a payment was made; only on payments
    authorized_by    UUID,                            -- the manager who allowed a charge over the limit
    note             VARCHAR(500),
    user_id          UUID,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT fiado_entry_amount_positive CHECK (amount_centavos > 0),
    CONSTRAINT fiado_entry_kind CHECK (kind IN ('CHARGE', 'PAYMENT', 'CREDIT')),
    CONSTRAINT fiado_entry_tender_on_payments CHECK ((kind = 'PAYMENT') = (tender IS NOT NULL))
);
CREATE INDEX fiado_entry_customer ON fiado_entry (customer_id, created_at);
CREATE INDEX fiado_entry_reference ON fiado_entry (reference_id);

-- What each customer owes (negative: the shop owes them): charges − payments − credits, maintained in
-- the same transaction as each entry. Created with the customer.
CREATE TABLE fiado_balance (
    customer_id       UUID    NOT NULL PRIMARY KEY REFERENCES customer (id),
    balance_centavos  BIGINT  NOT NULL
);
