package mx.michangarrito.cloud.db;

import java.sql.Connection;
import java.util.Optional;
import java.util.UUID;

/**
 * One open transaction of the app role. Services pass it from repository to repository without
 * touching JDBC; repositories take {@link #connection()}.
 *
 * @param connection the connection, auto-commit off
 * @param tenant     the tenant set with {@code set_config('app.tenant_id', ?, true)}, or empty: then every
 *                   tenant table shows zero rows
 */
public record Tx(Connection connection, Optional<UUID> tenant) {

    /** The tenant of this transaction; fails if it was opened without one. */
    public UUID tenantId() {
        return tenant.orElseThrow(() -> new IllegalStateException("transaction has no tenant"));
    }
}
