package mx.michangarrito.cloud;

import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;

/**
 * Composition root of the cloud service: reads the configuration, wires the web server by hand and
 * starts it. There are no business routes yet; only health at {@code /observe/health}.
 */
public final class Main {

    /** Environment variable that overrides {@code server.port} of {@code application.yaml}. */
    public static final String PORT_ENV = "CLOUD_PORT";

    private static final System.Logger LOG = System.getLogger(Main.class.getName());

    private Main() {
    }

    /**
     * Starts the service with {@code application.yaml} and the process environment, and logs its URL.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        LogConfig.configureRuntime();
        WebServer server = start(config(System.getenv()));
        LOG.log(System.Logger.Level.INFO, () -> "MiChangarrito cloud API listening on http://localhost:" + server.port());
    }

    /**
     * The service configuration: classpath {@code application.yaml}, overridden by the variables of
     * {@code env} this service knows ({@link #PORT_ENV}). Taking the environment as a map keeps this
     * testable without touching the process environment; Helidon's own environment and system-property
     * sources are left out on purpose so that only documented variables change the service.
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
     * Builds and starts the web server on {@code config}'s {@code server} node.
     *
     * @param config the configuration root, see {@link #config(Map)}
     * @return the started server; {@link WebServer#port()} tells the port actually bound
     */
    static WebServer start(Config config) {
        WebServerConfig.Builder server = WebServer.builder().config(config.get("server"));
        features(server);
        return server.routing(Main::routing).build().start();
    }

    /**
     * Server features, wired explicitly (no discovery): observability with the health observer.
     * Health details are on so {@code /observe/health} answers 200 with a JSON body carrying the status
     * (without them Helidon answers an empty 204).
     *
     * @param server the server being configured
     */
    static void features(WebServerConfig.Builder server) {
        server.featuresDiscoverServices(false)
                .addFeature(ObserveFeature.just(HealthObserver.builder().details(true).build()));
    }

    /**
     * HTTP routes of the service. Empty for now: each feature package (sync, auth, ...) will register
     * its {@code HttpService} here.
     *
     * @param routing the routing being built
     */
    static void routing(HttpRouting.Builder routing) {
        // No business routes yet.
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
