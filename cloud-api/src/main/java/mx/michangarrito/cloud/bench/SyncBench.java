package mx.michangarrito.cloud.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.sync.EventResult;
import mx.michangarrito.shared.sync.PushOutcome;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushResponse;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SyncSchema;

/**
 * {@code Main bench-sync [--sales N] [--terminals N] [--terminal-sales N]}: the cloud on loopback over a
 * fresh embedded PostgreSQL (fsync and synchronous_commit on), a shop signed up and terminals paired
 * through the API; then sale events made as the shared wire records are pushed through
 * {@code POST /v1/sync/push} in the terminal's batches (200 events, cut down until under the body limit).
 * Prints {@code BENCH sync_catchup_5000_s} (one terminal's backlog of {@code --sales} sales, 5,000 by
 * default, one request after the other as the terminal sends them) and
 * {@code BENCH cloud_ingest_events_per_s} ({@code --terminals} terminals, 4 by default, pushing
 * {@code --terminal-sales} sales each at once). Every event must come back ACCEPTED, or the bench fails.
 */
public final class SyncBench {

    /** The terminal's batch size ({@code OutboxPusher.create}). */
    private static final int BATCH = 200;
    private static final int BODY_LIMIT = SyncSchema.MAX_PUSH_BYTES - 1_024;

    private SyncBench() {
    }

    /** Runs the benchmark; returns the process exit code. */
    public static int run(String[] args) {
        int sales = option(args, "--sales", 5_000);
        int terminals = option(args, "--terminals", 4);
        int terminalSales = option(args, "--terminal-sales", Math.max(1, sales / 2));
        Path dir;
        try {
            dir = Files.createTempDirectory("michangarrito-sync-bench");
        } catch (IOException e) {
            System.err.println("bench-sync: cannot create a temporary directory: " + e.getMessage());
            return 1;
        }
        try {
            return bench(dir, sales, terminals, terminalSales);
        } finally {
            delete(dir);
        }
    }

    private static int bench(Path dir, int sales, int terminals, int terminalSales) {
        Map<String, String> codes = new ConcurrentHashMap<>();
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir.resolve("pg"), true, true);
        var roles = new DatabaseRoles("bench_owner", "bench-owner", "bench_app", "bench-app");
        Provisioner.provision(pg.superuser(), "bench", roles);
        try (RunningDatabase db = RunningDatabase.open(pg.jdbcUrl("bench"), roles, 16, pg)) {
            var limits = new AuthLimits(1_000_000, 1_000_000, 1_000_000, 1_000_000, Duration.ofHours(1));
            Cloud cloud = new Cloud(db.database(), new Secrets(random(), random(), "", ""), limits, Clock.systemUTC(),
                    (phone, code, validFor) -> codes.put(phone, code));
            WebServer server = WebServer.builder().host("127.0.0.1").port(0).shutdownHook(false)
                    .update(cloud::features).routing(cloud::routing).build().start();
            try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                var api = new Client(http, URI.create("http://127.0.0.1:" + server.port()));
                String phone = "+525500000002";
                api.post("/v1/auth/code", null, Map.of("phone", phone), 202);
                String owner = api.post("/v1/signup", null, Map.of("phone", phone, "code", codes.get(phone),
                        "shopName", "Bench Sync", "ownerName", "Bench"), 201).get("accessToken").asText();
                System.out.println("BENCH durability=" + pg.durabilitySettings().get("fsync") + "/"
                        + pg.durabilitySettings().get("synchronous_commit") + " fsync/synchronous_commit");
                System.out.println("BENCH cores=" + Runtime.getRuntime().availableProcessors() + " count");
                UuidV7Generator ids = new UuidV7Generator(Clock.systemUTC(), new SecureRandom());
                List<UUID> catalog = WireSales.catalog(ids);
                UUID customer = ids.next();
                Instant start = Instant.now().minus(Duration.ofDays(1));

                Terminal backlog = api.pair(owner, "Caja atrasada");
                List<PushedEvent> events = new WireSales(ids, 1, catalog, customer, start).sell(sales);
                List<byte[]> bodies = batches(backlog.id(), events);
                long t0 = System.nanoTime();
                for (byte[] body : bodies) {
                    api.push(backlog, body);
                }
                double catchUp = (System.nanoTime() - t0) / 1e9;
                System.out.println(String.format(Locale.ROOT, "BENCH sync_catchup_%d_events=%d count", sales,
                        events.size()));
                System.out.println(String.format(Locale.ROOT, "BENCH sync_catchup_%d_requests=%d count", sales,
                        bodies.size()));
                System.out.println(String.format(Locale.ROOT, "BENCH sync_catchup_%d_s=%.2f s", sales, catchUp));

                List<Terminal> shopTerminals = new ArrayList<>();
                List<List<byte[]>> work = new ArrayList<>();
                long total = 0;
                for (int t = 0; t < terminals; t++) {
                    Terminal terminal = api.pair(owner, "Caja " + (t + 1));
                    List<PushedEvent> own = new WireSales(ids, 100 + t, catalog, customer, start).sell(terminalSales);
                    total += own.size();
                    shopTerminals.add(terminal);
                    work.add(batches(terminal.id(), own));
                }
                long t1 = System.nanoTime();
                try (ExecutorService pool = Executors.newFixedThreadPool(terminals)) {
                    List<Future<?>> done = new ArrayList<>();
                    for (int t = 0; t < terminals; t++) {
                        Terminal terminal = shopTerminals.get(t);
                        List<byte[]> mine = work.get(t);
                        done.add(pool.submit(() -> mine.forEach(body -> api.push(terminal, body))));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("a terminal's push failed", e);
                }
                double seconds = (System.nanoTime() - t1) / 1e9;
                System.out.println(String.format(Locale.ROOT, "BENCH cloud_ingest_terminals=%d count", terminals));
                System.out.println(String.format(Locale.ROOT, "BENCH cloud_ingest_events=%d count", total));
                System.out.println(String.format(Locale.ROOT, "BENCH cloud_ingest_events_per_s=%.0f events/s",
                        total / seconds));
            } finally {
                server.stop();
            }
        }
        return 0;
    }

    /** The events in the terminal's batches, each under the body limit, serialised. */
    static List<byte[]> batches(UUID terminal, List<PushedEvent> events) {
        List<byte[]> bodies = new ArrayList<>();
        int from = 0;
        while (from < events.size()) {
            int size = Math.min(BATCH, events.size() - from);
            byte[] body = serialise(terminal, events.subList(from, from + size));
            if (body.length > BODY_LIMIT && size > 1) {
                // As the terminal's pusher: the longest run of events whose request fits.
                long bytes = serialise(terminal, List.of()).length;
                int fits = 0;
                while (fits < size && (bytes += json(events.get(from + fits)).length + (fits == 0 ? 0 : 1)) <= BODY_LIMIT) {
                    fits++;
                }
                size = Math.max(1, fits);
                body = serialise(terminal, events.subList(from, from + size));
            }
            bodies.add(body);
            from += size;
        }
        return bodies;
    }

    private static byte[] json(PushedEvent event) {
        try {
            return Json.mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialise(UUID terminal, List<PushedEvent> events) {
        try {
            return Json.mapper().writeValueAsBytes(new PushRequest(SyncSchema.CURRENT, terminal, events));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                int value = Integer.parseInt(args[i + 1]);
                if (value < 1) {
                    throw new IllegalArgumentException(name + " must be at least 1");
                }
                return value;
            }
        }
        return fallback;
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("bench-sync: could not delete " + dir + ": " + e.getMessage());
        }
    }

    private record Terminal(UUID id, String credential) {
    }

    /** The API calls the bench makes. */
    private record Client(HttpClient http, URI base) {

        Terminal pair(String owner, String name) {
            String code = post("/v1/terminals/pairing-codes", owner, Map.of(), 201).get("code").asText();
            JsonNode paired = post("/v1/terminals/pair", null, Map.of("code", code, "name", name), 201);
            return new Terminal(UUID.fromString(paired.get("terminalId").asText()),
                    paired.get("deviceCredential").asText());
        }

        void push(Terminal terminal, byte[] body) {
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(base.resolve(SyncSchema.PUSH_PATH))
                    .header("Authorization", "Bearer " + terminal.credential())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("push answered " + r.statusCode() + ": " + new String(r.body()));
            }
            try {
                PushResponse response = Json.mapper().readValue(r.body(), PushResponse.class);
                for (EventResult result : response.results()) {
                    if (result.outcome() != PushOutcome.ACCEPTED) {
                        throw new IllegalStateException("event " + result.sequence() + " was " + result.outcome()
                                + " " + result.reason());
                    }
                }
                if (!response.gaps().isEmpty()) {
                    throw new IllegalStateException("the cloud reports gaps: " + response.gaps());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode post(String path, String token, Map<String, String> body, int expected) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(body)));
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<byte[]> r = send(request.build());
                if (r.statusCode() != expected) {
                    throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + new String(r.body()));
                }
                return r.body().length == 0 ? null : Json.mapper().readTree(r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private HttpResponse<byte[]> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
