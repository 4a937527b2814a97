package mx.michangarrito.cloud.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dev mode versus production, decided by CLOUD_DB_URL, and the secrets each needs. */
class CloudSettingsTest {

    private static final Config YAML = Config.just(ConfigSources.classpath("application.yaml"));
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void withoutADatabaseUrlItIsDevModeWithSecretsKeptInTheDataDir() throws Exception {
        CloudSettings first = CloudSettings.resolve(YAML, Map.of("CLOUD_DATA_DIR", dir.toString()));
        assertTrue(first.devMode());
        assertEquals(dir.resolve("postgres"), ((DatabaseMode.Embedded) first.database()).clusterDir());
        CloudSettings second = CloudSettings.resolve(YAML, Map.of("CLOUD_DATA_DIR", dir.toString()));
        assertArrayEquals(first.secrets().jwtKey(), second.secrets().jwtKey());
        assertArrayEquals(first.secrets().encryptionKey(), second.secrets().encryptionKey());
        assertEquals(32, first.secrets().encryptionKey().length);
        Path jwt = dir.resolve("secrets/jwt.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(jwt)));
        assertFalse(first.secrets().toString().contains(Files.readString(jwt)));
    }

    @Test
    void productionNamesEveryMissingSecretAndRefusesToStart() {
        var e = assertThrows(StartupException.class, () -> CloudSettings.resolve(YAML,
                Map.of("CLOUD_DB_URL", "jdbc:postgresql://db/prod", "CLOUD_DB_USER", "app")));
        for (String name : new String[] {"CLOUD_DB_PASSWORD", "CLOUD_DB_MIGRATION_USER", "CLOUD_DB_MIGRATION_PASSWORD",
                "CLOUD_JWT_SECRET", "CLOUD_ENCRYPTION_KEY"}) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertFalse(e.getMessage().contains("CLOUD_DB_USER,"), e.getMessage());
    }

    @Test
    void productionWithEverythingSetUsesTheExternalDatabaseAndGivenKeys() throws Exception {
        Path keyFile = dir.resolve("enc.key");
        byte[] enc = new byte[32];
        enc[0] = 7;
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(enc) + "\n");
        Map<String, String> env = new HashMap<>(production());
        env.remove("CLOUD_ENCRYPTION_KEY");
        env.put("CLOUD_ENCRYPTION_KEY_FILE", keyFile.toString());
        CloudSettings settings = CloudSettings.resolve(YAML, env);
        assertFalse(settings.devMode());
        var db = assertInstanceOf(DatabaseMode.External.class, settings.database());
        assertEquals("app", db.appUser());
        assertEquals("owner", db.migrationUser());
        assertArrayEquals(enc, settings.secrets().encryptionKey());
        assertFalse(db.toString().contains("app-secret"), db.toString());
    }

    @Test
    void keysThatAreNotBase64OrTooShortAreRefused() {
        Map<String, String> env = new HashMap<>(production());
        env.put("CLOUD_JWT_SECRET", "not base64 !");
        assertTrue(assertThrows(StartupException.class, () -> CloudSettings.resolve(YAML, env)).getMessage()
                .contains("CLOUD_JWT_SECRET"));
        env.put("CLOUD_JWT_SECRET", Base64.getEncoder().encodeToString(new byte[16]));
        assertTrue(assertThrows(StartupException.class, () -> CloudSettings.resolve(YAML, env)).getMessage()
                .contains("at least 32 bytes"));
    }

    @Test
    void rateLimitsComeFromApplicationYaml() {
        CloudSettings settings = CloudSettings.resolve(YAML, production());
        assertEquals(AuthLimits.DEFAULT, settings.limits());
    }

    private static Map<String, String> production() {
        return Map.of("CLOUD_DB_URL", "jdbc:postgresql://db/prod", "CLOUD_DB_USER", "app",
                "CLOUD_DB_PASSWORD", "app-secret", "CLOUD_DB_MIGRATION_USER", "owner",
                "CLOUD_DB_MIGRATION_PASSWORD", "owner-secret", "CLOUD_JWT_SECRET", KEY, "CLOUD_ENCRYPTION_KEY", KEY);
    }
}
