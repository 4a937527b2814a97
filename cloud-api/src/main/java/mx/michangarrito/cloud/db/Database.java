package mx.michangarrito.cloud.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The service's access to PostgreSQL as the app role. Every unit of work is one transaction whose first
 * statement is {@code set_config('app.tenant_id', ?, true)}: row-level security then shows only that
 * tenant's rows, and the setting ends with the transaction, so a pooled connection never carries a
 * tenant over to the next request.
 */
public final class Database {

    private final DataSource appRole;

    public Database(DataSource appRole) {
        this.appRole = Objects.requireNonNull(appRole, "appRole");
    }

    /** Runs {@code work} in one transaction scoped to {@code tenantId}. */
    public <T> T inTenant(UUID tenantId, TxWork<T> work) {
        Objects.requireNonNull(tenantId, "tenantId");
        return transaction(Optional.of(tenantId), work);
    }

    /**
     * Runs {@code work} in one transaction without a tenant: tenant tables show zero rows. For the
     * pre-login tables (one-time codes) and the two SECURITY DEFINER look-ups.
     */
    public <T> T withoutTenant(TxWork<T> work) {
        return transaction(Optional.empty(), work);
    }

    /** True if the database answers a trivial query as the app role. */
    public boolean ping() {
        try (Connection c = appRole.getConnection(); PreparedStatement s = c.prepareStatement("SELECT 1");
             ResultSet r = s.executeQuery()) {
            return r.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private <T> T transaction(Optional<UUID> tenant, TxWork<T> work) {
        try (Connection c = appRole.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (tenant.isPresent()) {
                    try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                        s.setString(1, tenant.get().toString());
                        s.execute();
                    }
                }
                T result = work.run(new Tx(c, tenant));
                c.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("database transaction failed: " + e.getMessage(), e);
        }
    }
}
