-- Cloud schema, version 3: the pull half of terminal sync (decision 0010).
--
-- sync_state holds the shop's cloud-authoritative records (products, barcodes, categories, customers,
-- users, settings) as their latest wire state (jsonb), one row per (kind, key), each stamped with the
-- server sequence of its last change. It is the change log compacted to the latest change per record:
-- a pull is "rows with seq > cursor, by seq". A removal keeps the row as a tombstone (deleted, no
-- payload) until the retention ends; then it is purged and sync_change_counter.purged_through says
-- that a cursor below it may have missed a removal and must resync in full.
--
-- Sequences: sync_change_counter has one row per shop; a change takes the next value with an UPDATE of
-- that row, which holds the row lock until the transaction ends, so the shop's changes commit in
-- sequence order and a puller never sees sequence n+1 while n is still uncommitted.

CREATE TABLE sync_change_counter (
    tenant_id      uuid PRIMARY KEY REFERENCES tenants (tenant_id),
    last_seq       bigint NOT NULL CHECK (last_seq >= 0),
    purged_through bigint NOT NULL DEFAULT 0 CHECK (purged_through >= 0)
);

CREATE TABLE sync_state (
    tenant_id  uuid NOT NULL REFERENCES tenants (tenant_id),
    entity     text NOT NULL CHECK (entity IN ('product', 'barcode', 'category', 'customer', 'user', 'setting')),
    entity_key text NOT NULL CHECK (length(entity_key) BETWEEN 1 AND 200),
    seq        bigint NOT NULL CHECK (seq > 0),
    deleted    boolean NOT NULL,
    payload    jsonb,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, entity, entity_key),
    UNIQUE (tenant_id, seq),
    CHECK (deleted = (payload IS NULL))
);
CREATE INDEX sync_state_tombstones ON sync_state (tenant_id, changed_at) WHERE deleted;
CREATE INDEX sync_state_barcodes ON sync_state (tenant_id, (payload ->> 'productId')) WHERE entity = 'barcode';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sync_change_counter', 'sync_state']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)'
                       ' WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON sync_change_counter TO ${app_role};
-- DELETE only to purge tombstones past the retention.
GRANT SELECT, INSERT, UPDATE, DELETE ON sync_state TO ${app_role};
