package mx.michangarrito.cloud;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import mx.michangarrito.cloud.config.CloudSettings;
import mx.michangarrito.cloud.db.EmbeddedPostgresServer;
import mx.michangarrito.cloud.db.RunningDatabase;
import mx.michangarrito.cloud.support.Api;
import mx.michangarrito.cloud.support.CapturingOtpSender;
import mx.michangarrito.cloud.support.TestCloud;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dev mode on a fresh data dir: the embedded PostgreSQL runs with fsync and synchronous_commit on, and a
 * shop signed up before a restart is still there, with its tokens still valid, after it.
 */
class DevModeTest {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDatabaseIsDurableAndKeptBetweenRuns() {
        var durable = EmbeddedPostgresServer.start(dataDir.resolve("probe"), true, true);
        try {
            Map<String, String> settings = durable.durabilitySettings();
            assertEquals("on", settings.get("fsync"));
            assertEquals("on", settings.get("synchronous_commit"));
            assertEquals("on", settings.get("full_page_writes"));
        } finally {
            durable.close();
        }

        Config yaml = Config.just(ConfigSources.classpath("application.yaml"));
        CloudSettings settings = CloudSettings.resolve(yaml, Map.of("CLOUD_DATA_DIR", dataDir.toString()));
        var otp = new CapturingOtpSender();
        String phone = TestCloud.newPhone();
        String access;
        UUID tenant;
        try (RunningDatabase db = CloudDatabase.open(settings)) {
            WebServer server = serve(db, settings, otp);
            try (Api api = api(server)) {
                api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(202);
                var tokens = api.post("/v1/signup", null, Map.of("phone", phone, "code", otp.lastCode(phone),
                        "shopName", "Tienda Persistente", "ownerName", "Pera")).expect(201);
                access = tokens.text("accessToken");
                tenant = UUID.fromString(tokens.text("tenantId"));
            } finally {
                server.stop();
            }
        }
        CloudSettings again = CloudSettings.resolve(yaml, Map.of("CLOUD_DATA_DIR", dataDir.toString()));
        try (RunningDatabase db = CloudDatabase.open(again)) {
            WebServer server = serve(db, again, otp);
            try (Api api = api(server)) {
                var me = api.get("/v1/me", access).expect(200);
                assertEquals("Tienda Persistente", me.text("shopName"));
                assertEquals(tenant.toString(), me.text("tenantId"));
            } finally {
                server.stop();
            }
        }
    }

    private static WebServer serve(RunningDatabase db, CloudSettings settings, CapturingOtpSender otp) {
        Cloud cloud = new Cloud(db.database(), settings.secrets(), settings.limits(), Clock.systemUTC(), otp);
        return WebServer.builder().host("127.0.0.1").port(0).shutdownHook(false)
                .update(b -> Main.features(b, cloud)).routing(r -> Main.routing(r, cloud)).build().start();
    }

    private static Api api(WebServer server) {
        return new Api(java.net.URI.create("http://127.0.0.1:" + server.port()));
    }
}
