package mx.michangarrito.cloud;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import mx.michangarrito.cloud.auth.LogOtpSender;
import mx.michangarrito.cloud.bench.Bench;
import mx.michangarrito.cloud.bench.SyncBench;
import mx.michangarrito.cloud.config.CloudSettings;
import mx.michangarrito.cloud.config.StartupException;
import mx.michangarrito.cloud.db.RunningDatabase;

/**
 * Composition root of the cloud service: reads the configuration, brings up the database, wires the
 * web server by hand and starts it. {@code bench} as first argument runs the benchmark instead.
 */
public final class Main {

    /** Environment variable that overrides {@code server.port} of {@code application.yaml}. */
    public static final String PORT_ENV = "CLOUD_PORT";

    private static final System.Logger LOG = System.getLogger(Main.class.getName());

    private Main() {
    }

    /**
     * Starts the service with {@code application.yaml} and the process environment, or runs the
     * benchmark ({@code bench [--seconds N] [--clients N]}) or the sync benchmark
     * ({@code bench-sync [--sales N] [--terminals N] [--terminal-sales N]}).
     *
     * @param args empty, {@code bench ...} or {@code bench-sync ...}
     */
    public static void main(String[] args) {
        LogConfig.configureRuntime();
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(Bench.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("bench-sync")) {
            System.exit(SyncBench.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        Map<String, String> env = System.getenv();
        Config config;
        CloudSettings settings;
        try {
            config = config(env);
            settings = CloudSettings.resolve(config, env);
        } catch (StartupException | IllegalArgumentException e) {
            System.err.println("MiChangarrito cloud API cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (settings.devMode()) {
            LOG.log(System.Logger.Level.WARNING, "DEV MODE (" + CloudSettings.DB_URL + " is unset): embedded"
                    + " PostgreSQL and generated secrets kept in " + settings.dataDir()
                    + "; one-time login codes are written to this log");
        } else {
            LOG.log(System.Logger.Level.WARNING, "one-time login codes are written to the log: no WhatsApp sender"
                    + " is wired yet");
        }
        RunningDatabase database = CloudDatabase.open(settings);
        Cloud cloud = new Cloud(database.database(), settings.secrets(), settings.limits(), Clock.systemUTC(),
                new LogOtpSender());
        WebServer server = start(config, cloud);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.log(System.Logger.Level.INFO, "shutting down: draining requests, then closing the database");
            server.stop();
            database.close();
        }, "cloud-shutdown"));
        LOG.log(System.Logger.Level.INFO, () -> "MiChangarrito cloud API listening on http://localhost:" + server.port());
    }

    /**
     * The service configuration: classpath {@code application.yaml}, overridden by the variables of
     * {@code env} this service knows ({@link #PORT_ENV}; the rest are read by {@link CloudSettings}).
     * Helidon's own environment and system-property sources are left out on purpose so that only
     * documented variables change the service.
     *
     * @param env environment variables, usually {@link System#getenv()}
     * @return the configuration root
     * @throws IllegalArgumentException if {@link #PORT_ENV} is not a port number (0 picks a free port)
     */
    static Config config(Map<String, String> env) {
        String port = env.get(PORT_ENV);
        Map<String, String> overrides = port == null || port.isBlank()
                ? Map.of()
                : Map.of("server.port", Integer.toString(parsePort(port.strip())));
        // Config.just: the first source wins and no implicit sources are added.
        return Config.just(ConfigSources.create(overrides, "environment"),
                ConfigSources.classpath("application.yaml"));
    }

    /**
     * Builds and starts the web server on {@code config}'s {@code server} node. The caller stops it
     * (Helidon's own shutdown hook is off so the database closes only after the server has drained).
     */
    static WebServer start(Config config, Cloud cloud) {
        WebServerConfig.Builder server = WebServer.builder().config(config.get("server")).shutdownHook(false);
        features(server, cloud);
        return server.routing(routing -> routing(routing, cloud)).build().start();
    }

    /** Server features, wired explicitly (no discovery): observability with the database health check. */
    static void features(WebServerConfig.Builder server, Cloud cloud) {
        cloud.features(server);
    }

    /** HTTP routes of the service: every feature's {@code HttpService}, filters and problem handlers. */
    static void routing(HttpRouting.Builder routing, Cloud cloud) {
        cloud.routing(routing);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new IllegalArgumentException(PORT_ENV + " must be a port number from 0 to 65535, was: " + value);
    }
}
