package mx.michangarrito.cloud.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.helidon.config.Config;

/**
 * What the service runs with, resolved from application.yaml and the environment. With
 * {@code CLOUD_DB_URL} unset it is dev mode (embedded PostgreSQL and secrets kept in the data dir);
 * with it set it is production, and every missing secret is named in one {@link StartupException}.
 *
 * @param dataDir  the data dir ({@code CLOUD_DATA_DIR})
 * @param database where PostgreSQL is
 * @param secrets  key material
 * @param limits   rate limits
 */
public record CloudSettings(Path dataDir, DatabaseMode database, Secrets secrets, AuthLimits limits) {

    public static final String DATA_DIR = "CLOUD_DATA_DIR";
    public static final String DB_URL = "CLOUD_DB_URL";
    public static final String DB_USER = "CLOUD_DB_USER";
    public static final String DB_PASSWORD = "CLOUD_DB_PASSWORD";
    public static final String DB_MIGRATION_USER = "CLOUD_DB_MIGRATION_USER";
    public static final String DB_MIGRATION_PASSWORD = "CLOUD_DB_MIGRATION_PASSWORD";
    public static final String JWT_SECRET = "CLOUD_JWT_SECRET";
    public static final String ENCRYPTION_KEY = "CLOUD_ENCRYPTION_KEY";

    public CloudSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(limits, "limits");
    }

    /** True when the service runs on the embedded PostgreSQL with generated secrets. */
    public boolean devMode() {
        return database instanceof DatabaseMode.Embedded;
    }

    /**
     * @param config the configuration root (application.yaml)
     * @param env    environment variables, usually {@link System#getenv()}
     */
    public static CloudSettings resolve(Config config, Map<String, String> env) {
        Path dataDir = Path.of(value(env, DATA_DIR).orElse(config.get("cloud.data-dir").asString()
                .orElse(System.getProperty("user.home") + "/.michangarrito-cloud")));
        AuthLimits limits = AuthLimits.from(config.get("cloud.limits"));
        byte[] jwt = key(env, JWT_SECRET);
        byte[] enc = key(env, ENCRYPTION_KEY);
        var url = value(env, DB_URL);
        if (url.isEmpty()) {
            return new CloudSettings(dataDir, new DatabaseMode.Embedded(dataDir.resolve("postgres")),
                    DevSecrets.loadOrCreate(dataDir, jwt, enc), limits);
        }
        List<String> missing = new ArrayList<>();
        for (String name : List.of(DB_USER, DB_PASSWORD, DB_MIGRATION_USER, DB_MIGRATION_PASSWORD)) {
            if (value(env, name).isEmpty()) {
                missing.add(name);
            }
        }
        if (jwt == null) {
            missing.add(JWT_SECRET + " (or " + JWT_SECRET + "_FILE)");
        }
        if (enc == null) {
            missing.add(ENCRYPTION_KEY + " (or " + ENCRYPTION_KEY + "_FILE)");
        }
        if (!missing.isEmpty()) {
            throw new StartupException("Production mode (" + DB_URL + " is set) refuses to start without: "
                    + String.join(", ", missing));
        }
        var db = new DatabaseMode.External(url.get(), env.get(DB_USER).strip(), env.get(DB_PASSWORD),
                env.get(DB_MIGRATION_USER).strip(), env.get(DB_MIGRATION_PASSWORD));
        return new CloudSettings(dataDir, db, new Secrets(jwt, enc, "", ""), limits);
    }

    private static java.util.Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(v.strip());
    }

    /** A base64 key from {@code NAME} or from the file named by {@code NAME_FILE}; null if neither is set. */
    private static byte[] key(Map<String, String> env, String name) {
        var inline = value(env, name);
        var file = value(env, name + "_FILE");
        String text;
        if (inline.isPresent()) {
            text = inline.get();
        } else if (file.isPresent()) {
            try {
                text = Files.readString(Path.of(file.get())).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(name + "_FILE names a file that cannot be read: " + file.get(), e);
            }
        } else {
            return null;
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new StartupException(name + " must be base64 (e.g. openssl rand -base64 32)");
        }
    }
}
