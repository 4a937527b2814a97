package mx.michangarrito.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;
import mx.michangarrito.cloud.Cloud;
import mx.michangarrito.cloud.config.AuthLimits;
import mx.michangarrito.cloud.config.Secrets;
import mx.michangarrito.cloud.db.DatabaseRoles;
import mx.michangarrito.cloud.db.EmbeddedPostgresServer;
import mx.michangarrito.cloud.db.Provisioner;
import mx.michangarrito.cloud.db.RunningDatabase;

/**
 * The real cloud service on a loopback port over a fresh embedded PostgreSQL, migrated as in production,
 * with a shop signed up and an owner's token — driven only through its HTTP API, as a terminal would.
 */
final class CloudUnderTest implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningDatabase db;
    private final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    final URI url;
    final UUID tenantId;
    final String ownerToken;

    CloudUnderTest(Path dir) throws IOException {
        this(dir, Clock.systemUTC(), mx.michangarrito.cloud.sync.PullService.DEFAULT_TOMBSTONE_RETENTION);
    }

    /** With the cloud's clock and tombstone retention of the test's choosing. */
    CloudUnderTest(Path dir, Clock clock, Duration tombstoneRetention) throws IOException {
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(Files.createDirectories(dir.resolve("pg")), false, true);
        var roles = new DatabaseRoles("e2e_owner", "owner-pw", "e2e_app", "app-pw");
        Provisioner.provision(pg.superuser(), "cloud_e2e", roles);
        db = RunningDatabase.open(pg.jdbcUrl("cloud_e2e"), roles, 4, pg);
        byte[] jwt = new byte[32];
        byte[] aes = new byte[32];
        new SecureRandom().nextBytes(jwt);
        new SecureRandom().nextBytes(aes);
        Cloud cloud = new Cloud(db.database(), new Secrets(jwt, aes, "", ""),
                new AuthLimits(5, 1_000, 1_000, 1_000, Duration.ofHours(1)), clock,
                (phone, code, validFor) -> codes.put(phone, code), tombstoneRetention);
        server = WebServer.builder().host("127.0.0.1").port(0).shutdownHook(false)
                .update(cloud::features).routing(cloud::routing).build().start();
        url = URI.create("http://127.0.0.1:" + server.port());
        String phone = "+525512345678";
        call("POST", "/v1/auth/code", null, Map.of("phone", phone), 202);
        JsonNode session = call("POST", "/v1/signup", null, Map.of("phone", phone, "code", codes.get(phone),
                "shopName", "Abarrotes Lupita", "ownerName", "Lupita"), 201);
        tenantId = UUID.fromString(session.get("tenantId").asText());
        ownerToken = session.get("accessToken").asText();
    }

    /** A fresh pairing code, as the owner creates it in the app. */
    String pairingCode() {
        return call("POST", "/v1/terminals/pairing-codes", ownerToken, Map.of(), 201).get("code").asText();
    }

    void revoke(UUID terminalId) {
        call("DELETE", "/v1/terminals/" + terminalId, ownerToken, null, 204);
    }

    JsonNode call(String method, String path, String token, Object body, int expected) {
        try {
            var request = HttpRequest.newBuilder(url.resolve(path)).method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of {@code sql} as the shop's app role (row-level security on). */
    String query(String sql) {
        return db.database().inTenant(tenantId, tx -> {
            try (Statement s = tx.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
                return r.next() ? r.getString(1) : null;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }

    /** The first two columns of every row of {@code sql} as a map, under row-level security as {@link #query}. */
    Map<String, String> pairs(String sql) {
        return db.database().inTenant(tenantId, tx -> {
            Map<String, String> pairs = new java.util.TreeMap<>();
            try (Statement s = tx.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    pairs.put(r.getString(1), r.getString(2));
                }
                return pairs;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }

    @Override
    public void close() {
        server.stop();
        http.close();
        db.close();
    }
}
