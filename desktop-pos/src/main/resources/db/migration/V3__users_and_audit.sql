-- The people who work the counter. Users are deactivated, never deleted, so the audit log and the
-- sales they rang up always point at someone. name_key is the display name in lower case: names are
-- unique ignoring case ("Ana" and "ANA" would be the same person on the login screen).
CREATE TABLE pos_user (
    id               UUID           NOT NULL PRIMARY KEY,
    display_name     VARCHAR(60)    NOT NULL,
    name_key         VARCHAR(60)    NOT NULL,
    role             VARCHAR(20)    NOT NULL,
    pin_hash         VARCHAR(100)   NOT NULL,
    active           BOOLEAN        NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- Security state of the PIN lockout (not money, so kept on the row; every attempt is also audited).
    failed_attempts  INTEGER        NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uq_pos_user_name_key UNIQUE (name_key),
    CONSTRAINT ck_pos_user_role CHECK (role IN ('OWNER', 'MANAGER', 'CASHIER')),
    CONSTRAINT ck_pos_user_failed_attempts CHECK (failed_attempts >= 0)
);

-- Who did what and when: logins, lockouts, user changes, manager overrides, and later voids,
-- discounts above the limit, drawer openings... Append-only. user_id has no foreign key on purpose:
-- the log must outlive anything it mentions, and a failed login may name no known user at all.
CREATE TABLE audit_entry (
    id        UUID           NOT NULL PRIMARY KEY,
    at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    user_id   UUID,
    action    VARCHAR(40)    NOT NULL,
    subject   VARCHAR(200),
    detail    VARCHAR(1000)
);

CREATE INDEX ix_audit_entry_at ON audit_entry (at);
CREATE INDEX ix_audit_entry_user_at ON audit_entry (user_id, at);
