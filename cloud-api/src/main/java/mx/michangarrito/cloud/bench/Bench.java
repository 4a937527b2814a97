package mx.michangarrito.cloud.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import mx.michangarrito.cloud.Cloud;
import mx.michangarrito.cloud.config.AuthLimits;
import mx.michangarrito.cloud.config.Secrets;
import mx.michangarrito.cloud.db.DatabaseRoles;
import mx.michangarrito.cloud.db.EmbeddedPostgresServer;
import mx.michangarrito.cloud.db.Provisioner;
import mx.michangarrito.cloud.db.RunningDatabase;
import mx.michangarrito.cloud.http.Json;

/**
 * {@code Main bench [--seconds N] [--clients N]}: starts the service on loopback over a fresh embedded
 * PostgreSQL (fsync and synchronous_commit on, in a temporary directory), signs a shop up through the
 * API, then loads it with concurrent clients and prints {@code BENCH name=value unit} lines for an
 * authenticated read ({@code GET /v1/me}) and a token refresh ({@code POST /v1/auth/refresh}).
 */
public final class Bench {

    private Bench() {
    }

    /** Runs the benchmark; returns the process exit code. */
    public static int run(String[] args) {
        int seconds = option(args, "--seconds", 10);
        int clients = option(args, "--clients", 16);
        Path dir;
        try {
            dir = Files.createTempDirectory("michangarrito-cloud-bench");
        } catch (IOException e) {
            System.err.println("bench: cannot create a temporary directory: " + e.getMessage());
            return 1;
        }
        Map<String, String> codes = new ConcurrentHashMap<>();
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir.resolve("pg"), true, true);
        var roles = new DatabaseRoles("bench_owner", "bench-owner", "bench_app", "bench-app");
        Provisioner.provision(pg.superuser(), "bench", roles);
        try (RunningDatabase db = RunningDatabase.open(pg.jdbcUrl("bench"), roles, 16, pg)) {
            var secrets = new Secrets(random(32), random(32), "", "");
            var limits = new AuthLimits(1_000_000, 1_000_000, 1_000_000, 1_000_000, Duration.ofHours(1));
            Cloud cloud = new Cloud(db.database(), secrets, limits, Clock.systemUTC(),
                    (phone, code, validFor) -> codes.put(phone, code));
            WebServer server = WebServer.builder().host("127.0.0.1").port(0).shutdownHook(false)
                    .update(cloud::features).routing(cloud::routing).build().start();
            try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                var api = new BenchClient(http, URI.create("http://127.0.0.1:" + server.port()), codes);
                System.out.println("BENCH durability=" + pg.durabilitySettings().get("fsync") + "/"
                        + pg.durabilitySettings().get("synchronous_commit") + " fsync/synchronous_commit");
                System.out.println("BENCH cores=" + Runtime.getRuntime().availableProcessors() + " count");
                System.out.println("BENCH clients=" + clients + " count");
                JsonNode owner = api.signup("+525500000001");
                String access = owner.get("accessToken").asText();
                List<String> refresh = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    refresh.add(api.login("+525500000001").get("refreshToken").asText());
                }
                Load load = new Load(clients);
                load.run(Duration.ofSeconds(Math.min(3, seconds)), i -> api.me(access));
                report("me", load.run(Duration.ofSeconds(seconds), i -> api.me(access)));
                String[] chains = refresh.toArray(String[]::new);
                report("refresh", load.run(Duration.ofSeconds(seconds), i -> {
                    chains[i] = api.refresh(chains[i]);
                    return true;
                }));
            } finally {
                server.stop();
            }
        }
        return 0;
    }

    private static void report(String name, LoadResult r) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s_throughput=%.0f req/s", name, r.perSecond()));
        System.out.println(String.format(Locale.ROOT, "BENCH %s_p50=%.2f ms", name, r.percentileMillis(50)));
        System.out.println(String.format(Locale.ROOT, "BENCH %s_p95=%.2f ms", name, r.percentileMillis(95)));
        System.out.println(String.format(Locale.ROOT, "BENCH %s_p99=%.2f ms", name, r.percentileMillis(99)));
        System.out.println(String.format(Locale.ROOT, "BENCH %s_requests=%d count", name, r.latencies().length));
        System.out.println(String.format(Locale.ROOT, "BENCH %s_failures=%d count", name, r.failures()));
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        mx.michangarrito.cloud.auth.Hashes.random().nextBytes(bytes);
        return bytes;
    }

    /** The few API calls the bench makes. */
    private record BenchClient(HttpClient http, URI base, Map<String, String> codes) {

        JsonNode signup(String phone) {
            post("/v1/auth/code", Map.of("phone", phone), 202);
            return post("/v1/signup", Map.of("phone", phone, "code", codes.get(phone), "shopName", "Bench",
                    "ownerName", "Bench"), 201);
        }

        JsonNode login(String phone) {
            post("/v1/auth/code", Map.of("phone", phone), 202);
            return post("/v1/auth/login", Map.of("phone", phone, "code", codes.get(phone)), 200);
        }

        boolean me(String access) {
            return send(HttpRequest.newBuilder(base.resolve("/v1/me")).header("Authorization", "Bearer " + access)
                    .GET().build()).statusCode() == 200;
        }

        String refresh(String token) {
            return post("/v1/auth/refresh", Map.of("refreshToken", token), 200).get("refreshToken").asText();
        }

        private JsonNode post(String path, Map<String, String> body, int expected) {
            try {
                HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(body))).build());
                if (r.statusCode() != expected) {
                    throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
                }
                return r.body().isEmpty() ? null : Json.mapper().readTree(r.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
