-- Cloud schema, version 2: the push half of terminal sync (decision 0008).
--
-- sync_events is the shop's event log: every terminal-born event once per (tenant, event id), with the
-- terminal's gapless sequence unique per terminal. Rejected events are kept too (outcome 'rejected'),
-- so a resend answers the same and the sequence has no hole. sync_terminal_progress holds, per
-- terminal, the highest sequence up to which every event arrived; pushes of one terminal lock its row.
-- stock_movements / stock_levels and fiado_entries / fiado_balances are the projections applied in the
-- same transaction as the event insert. Same RLS rules as V1: ENABLE + FORCE, keys start with tenant_id.

CREATE TABLE sync_events (
    tenant_id     uuid NOT NULL REFERENCES tenants (tenant_id),
    event_id      uuid NOT NULL,
    terminal_id   uuid NOT NULL,
    seq           bigint NOT NULL CHECK (seq > 0),
    event_type    text NOT NULL,
    schema_version integer NOT NULL,
    payload       jsonb NOT NULL,
    recorded_at   timestamptz NOT NULL,
    received_at   timestamptz NOT NULL,
    outcome       text NOT NULL CHECK (outcome IN ('applied', 'rejected')),
    reject_reason text,
    PRIMARY KEY (tenant_id, event_id),
    UNIQUE (tenant_id, terminal_id, seq),
    FOREIGN KEY (tenant_id, terminal_id) REFERENCES terminals (tenant_id, terminal_id)
);
CREATE INDEX sync_events_type ON sync_events (tenant_id, event_type, recorded_at);

CREATE TABLE sync_terminal_progress (
    tenant_id          uuid NOT NULL,
    terminal_id        uuid NOT NULL,
    contiguous_through bigint NOT NULL CHECK (contiguous_through >= 0),
    updated_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, terminal_id),
    FOREIGN KEY (tenant_id, terminal_id) REFERENCES terminals (tenant_id, terminal_id)
);

CREATE TABLE stock_movements (
    tenant_id    uuid NOT NULL,
    movement_id  uuid NOT NULL,
    terminal_id  uuid NOT NULL,
    product_id   uuid NOT NULL,
    quantity     numeric(16, 3) NOT NULL CHECK (quantity <> 0),
    reason       text NOT NULL,
    reference_id uuid,
    user_id      uuid,
    moved_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, movement_id),
    FOREIGN KEY (tenant_id, movement_id) REFERENCES sync_events (tenant_id, event_id)
);
CREATE INDEX stock_movements_product ON stock_movements (tenant_id, product_id, moved_at);

-- Stock on hand per product: the sum of every terminal's deltas; negative is allowed (an offline sale
-- cannot be refused after the fact) and reports flag it.
CREATE TABLE stock_levels (
    tenant_id  uuid NOT NULL REFERENCES tenants (tenant_id),
    product_id uuid NOT NULL,
    on_hand    numeric(16, 3) NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, product_id)
);

CREATE TABLE fiado_entries (
    tenant_id       uuid NOT NULL,
    entry_id        uuid NOT NULL,
    terminal_id     uuid NOT NULL,
    customer_id     uuid NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('CHARGE', 'PAYMENT', 'CREDIT')),
    amount_centavos bigint NOT NULL CHECK (amount_centavos > 0),
    reference_id    uuid,
    tender          text,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, entry_id),
    FOREIGN KEY (tenant_id, entry_id) REFERENCES sync_events (tenant_id, event_id)
);
CREATE INDEX fiado_entries_customer ON fiado_entries (tenant_id, customer_id, recorded_at);

-- Balance per customer: charges − payments − credits, as on the terminal.
CREATE TABLE fiado_balances (
    tenant_id        uuid NOT NULL REFERENCES tenants (tenant_id),
    customer_id      uuid NOT NULL,
    balance_centavos bigint NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, customer_id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sync_events', 'sync_terminal_progress', 'stock_movements', 'stock_levels',
                             'fiado_entries', 'fiado_balances']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)'
                       ' WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END
$$;

-- The event log and the movement ledgers are append-only for the service: no UPDATE or DELETE.
GRANT SELECT, INSERT ON sync_events, stock_movements, fiado_entries TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON sync_terminal_progress, stock_levels, fiado_balances TO ${app_role};
