package mx.michangarrito.cloud.db;

import java.util.Objects;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/** Readiness of the database: DOWN when the app role cannot run a query. */
public final class DbHealthCheck implements HealthCheck {

    private final Database database;

    public DbHealthCheck(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public HealthCheckResponse call() {
        boolean up = database.ping();
        return HealthCheckResponse.builder().status(up).detail("database", up ? "reachable" : "unreachable").build();
    }
}
