package mx.michangarrito.cloud.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A migrated database ready for the service, and what to close at shutdown (the pool, then the embedded
 * server if there is one), in that order.
 */
public final class RunningDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RunningDatabase.class.getName());

    private final Database database;
    private final List<AutoCloseable> resources;

    private RunningDatabase(Database database, List<AutoCloseable> resources) {
        this.database = database;
        this.resources = resources;
    }

    /**
     * Migrates {@code url} as the owner role, then opens the app role's pool and checks that row-level
     * security applies to it.
     *
     * @param url      JDBC URL of the service's database
     * @param roles    owner (migrations) and app (service) roles
     * @param poolSize app connections
     * @param server   an embedded server to stop after the pool, or null
     */
    public static RunningDatabase open(String url, DatabaseRoles roles, int poolSize, EmbeddedPostgresServer server) {
        Objects.requireNonNull(url, "url");
        List<AutoCloseable> resources = new ArrayList<>();
        try (HikariDataSource owner = Pools.open("cloud-migrations", url, roles.owner(), roles.ownerPassword(), 3)) {
            int ran = Migrations.migrate(owner, roles.app());
            LOG.log(System.Logger.Level.INFO, "database migrations applied: " + ran);
        }
        HikariDataSource app = Pools.open("cloud-app", url, roles.app(), roles.appPassword(), poolSize);
        resources.add(app);
        if (server != null) {
            resources.add(server);
        }
        try {
            AppRoleCheck.requireRlsApplies(app);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return new RunningDatabase(new Database(app), resources);
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "could not close " + resource.getClass().getSimpleName(), e);
            }
        }
    }
}
