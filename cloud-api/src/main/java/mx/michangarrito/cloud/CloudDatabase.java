package mx.michangarrito.cloud;

import mx.michangarrito.cloud.config.CloudSettings;
import mx.michangarrito.cloud.config.DatabaseMode;
import mx.michangarrito.cloud.db.DatabaseRoles;
import mx.michangarrito.cloud.db.EmbeddedPostgresServer;
import mx.michangarrito.cloud.db.Provisioner;
import mx.michangarrito.cloud.db.RunningDatabase;

/** Brings up the service's database for dev mode (embedded, kept) or production (external). */
final class CloudDatabase {

    static final String DEV_DATABASE = "michangarrito";
    static final String DEV_OWNER = "michangarrito_owner";
    static final String DEV_APP = "michangarrito_app";
    private static final int POOL_SIZE = 16;
    private static final System.Logger LOG = System.getLogger(CloudDatabase.class.getName());

    private CloudDatabase() {
    }

    static RunningDatabase open(CloudSettings settings) {
        return switch (settings.database()) {
            case DatabaseMode.Embedded embedded -> {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.start(embedded.clusterDir(), true, false);
                try {
                    LOG.log(System.Logger.Level.INFO, "embedded PostgreSQL in " + embedded.clusterDir()
                            + " with " + server.durabilitySettings());
                    var roles = new DatabaseRoles(DEV_OWNER, settings.secrets().ownerDbPassword(), DEV_APP,
                            settings.secrets().appDbPassword());
                    Provisioner.provision(server.superuser(), DEV_DATABASE, roles);
                    yield RunningDatabase.open(server.jdbcUrl(DEV_DATABASE), roles, POOL_SIZE, server);
                } catch (RuntimeException e) {
                    server.close();
                    throw e;
                }
            }
            case DatabaseMode.External external -> RunningDatabase.open(external.url(),
                    new DatabaseRoles(external.migrationUser(), external.migrationPassword(), external.appUser(),
                            external.appPassword()), POOL_SIZE, null);
        };
    }
}
