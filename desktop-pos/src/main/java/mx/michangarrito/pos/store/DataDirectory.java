package mx.michangarrito.pos.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the terminal keeps its database and settings: outside the install folder, so upgrades and
 * reinstalls keep the shop's data. {@code POS_DATA_DIR} overrides it (tests, portable installs).
 */
public final class DataDirectory {

    /** Environment variable that points the app at another data folder. */
    public static final String ENV = "POS_DATA_DIR";

    private DataDirectory() {
    }

    /**
     * @param env    environment variables (usually {@link System#getenv()})
     * @param osName the {@code os.name} system property
     * @param home   the user's home folder
     * @return {@code POS_DATA_DIR} if set; {@code %APPDATA%\MiChangarrito} on Windows;
     *         {@code ~/.michangarrito} elsewhere
     */
    public static Path resolve(Map<String, String> env, String osName, Path home) {
        String override = env.get(ENV);
        if (override != null && !override.isBlank()) {
            return Path.of(override.strip()).toAbsolutePath();
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("MiChangarrito");
        }
        return home.resolve(".michangarrito");
    }

    /** The data folder of this process. */
    public static Path forThisProcess() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }
}
