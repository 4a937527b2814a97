-- Cloud schema, version 1: tenants, their users, auth state, terminals and integration credentials.
-- Runs as the migration (owner) role. ${app_role} is the role the service connects as.
--
-- Every table with a tenant_id column has row-level security ENABLEd and FORCEd with one policy on
-- tenant_id = app.tenant_id (USING and WITH CHECK). An unset app.tenant_id is NULL, so it matches no row.
-- Every primary key, unique key and index of a tenant table starts with tenant_id.

CREATE TABLE tenants (
    tenant_id  uuid PRIMARY KEY,
    shop_name  text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE users (
    tenant_id    uuid NOT NULL REFERENCES tenants (tenant_id),
    user_id      uuid NOT NULL,
    phone        text NOT NULL,
    display_name text NOT NULL,
    role         text NOT NULL CHECK (role IN ('owner', 'manager', 'cashier')),
    status       text NOT NULL CHECK (status IN ('invited', 'active', 'removed')),
    invited_by   uuid,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id),
    UNIQUE (tenant_id, phone)
);

CREATE TABLE refresh_tokens (
    tenant_id   uuid NOT NULL,
    token_id    uuid NOT NULL,
    family_id   uuid NOT NULL,
    user_id     uuid NOT NULL,
    secret_hash bytea NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz,
    PRIMARY KEY (tenant_id, token_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, user_id)
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (tenant_id, family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (tenant_id, user_id);

CREATE TABLE pairing_codes (
    tenant_id   uuid NOT NULL REFERENCES tenants (tenant_id),
    pairing_id  uuid NOT NULL,
    code_hash   bytea NOT NULL,
    created_by  uuid NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    PRIMARY KEY (tenant_id, pairing_id),
    UNIQUE (tenant_id, code_hash)
);

CREATE TABLE terminals (
    tenant_id       uuid NOT NULL REFERENCES tenants (tenant_id),
    terminal_id     uuid NOT NULL,
    name            text NOT NULL,
    credential_hash bytea NOT NULL,
    paired_at       timestamptz NOT NULL,
    revoked_at      timestamptz,
    PRIMARY KEY (tenant_id, terminal_id)
);

CREATE TABLE integration_credentials (
    tenant_id  uuid NOT NULL REFERENCES tenants (tenant_id),
    kind       text NOT NULL CHECK (kind IN ('whatsapp', 'llm', 'payments')),
    key_id     text NOT NULL,
    nonce      bytea NOT NULL,
    ciphertext bytea NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by uuid NOT NULL,
    PRIMARY KEY (tenant_id, kind)
);

-- Not tenant data: one-time codes are asked for by phone before anyone knows the shop.
CREATE TABLE otp_challenges (
    challenge_id uuid PRIMARY KEY,
    phone        text NOT NULL,
    code_hash    bytea NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    attempts     integer NOT NULL DEFAULT 0,
    consumed_at  timestamptz
);
CREATE INDEX otp_challenges_phone ON otp_challenges (phone, created_at DESC);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenants', 'users', 'refresh_tokens', 'pairing_codes', 'terminals',
                             'integration_credentials']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)'
                       ' WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END
$$;

-- Two narrow look-ups that cannot know the tenant beforehand run as SECURITY DEFINER functions owned by
-- this (migration) role. Only this role gets a policy that lets it see these tables across tenants; the
-- app role can call the functions but never read the tables across tenants itself.
DO $$
BEGIN
    EXECUTE format('CREATE POLICY definer_lookup ON users FOR SELECT TO %I USING (true)', current_user);
    EXECUTE format('CREATE POLICY definer_lookup ON tenants FOR SELECT TO %I USING (true)', current_user);
    EXECUTE format('CREATE POLICY definer_lookup ON pairing_codes FOR ALL TO %I USING (true) WITH CHECK (true)',
                   current_user);
END
$$;

-- The shops a phone may log in to (login happens before a tenant is chosen).
CREATE FUNCTION login_memberships(p_phone text)
    RETURNS TABLE (tenant_id uuid, user_id uuid, role text, shop_name text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT u.tenant_id, u.user_id, u.role, t.shop_name
    FROM users u JOIN tenants t ON t.tenant_id = u.tenant_id
    WHERE u.phone = p_phone AND u.status IN ('invited', 'active')
    ORDER BY t.created_at, u.tenant_id
$$;

-- Marks an unused, unexpired pairing code as used and says which tenant created it (a terminal pairs
-- before it knows its tenant). Single use: a second claim of the same code finds no row.
CREATE FUNCTION claim_pairing_code(p_code_hash bytea, p_now timestamptz)
    RETURNS TABLE (tenant_id uuid, pairing_id uuid)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    UPDATE pairing_codes p SET used_at = p_now
    WHERE p.code_hash = p_code_hash AND p.used_at IS NULL AND p.expires_at > p_now
    RETURNING p.tenant_id, p.pairing_id
$$;

REVOKE ALL ON FUNCTION login_memberships(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION claim_pairing_code(bytea, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION login_memberships(text) TO ${app_role};
GRANT EXECUTE ON FUNCTION claim_pairing_code(bytea, timestamptz) TO ${app_role};

GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, users, refresh_tokens, pairing_codes, terminals,
    integration_credentials, otp_challenges TO ${app_role};
