package mx.michangarrito.cloud.config;

import java.nio.file.Path;

/** Where the service's PostgreSQL is: embedded (dev mode) or an external server (production). */
public sealed interface DatabaseMode {

    /** Dev mode: an embedded PostgreSQL kept in {@code clusterDir}. */
    record Embedded(Path clusterDir) implements DatabaseMode {
    }

    /**
     * Production: a server the operator runs; the roles exist already (README shows how to create them).
     *
     * @param url               JDBC URL ({@code CLOUD_DB_URL})
     * @param appUser           the NOSUPERUSER NOBYPASSRLS role the service connects as
     * @param appPassword       its password
     * @param migrationUser     the role that owns the tables and runs migrations
     * @param migrationPassword its password
     */
    record External(String url, String appUser, String appPassword, String migrationUser, String migrationPassword)
            implements DatabaseMode {

        @Override
        public String toString() {
            return "External[url=" + url + ", appUser=" + appUser + ", migrationUser=" + migrationUser + "]";
        }
    }
}
