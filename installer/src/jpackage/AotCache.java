import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The JDK's AOT cache of the counter's start (decision 0023), made inside the app image with the image's
 * own launcher, so with the bundled jlinked runtime, the launcher's class path and its JVM options: a
 * cache from the full JDK is refused by that runtime. The runtime has no {@code bin/java} (jlink strips
 * it), so the launcher runs each step and the JVM reads the AOT flags from {@code JAVA_TOOL_OPTIONS}
 * (the two-step workflow: {@code -XX:AOTMode=record}, then {@code create}; the one-step
 * {@code -XX:AOTCacheOutput} needs {@code bin/java} to assemble the cache). Then both launchers' .cfg get
 * {@code -XX:AOTCache=$APPDIR/pos.aot}. The cache stays usable once installed under /opt (the JVM accepts
 * the class path in another folder), which check-deb.sh proves with {@code -XX:AOTMode=on}: the JVM stops
 * when it cannot use the cache. Jars and cache are trained, packaged and replaced together.
 */
final class AotCache {

    static final String FILE = "pos.aot";
    /** The training's scans after the login; the login and the scans load and profile the counter's paths. */
    static final int SCANS = 20;

    private AotCache() {
    }

    /** Trains {@link #FILE} in {@code image}'s lib/app with {@code launcher}, then points both launchers at it. */
    static void train(Path image, Path launcher, Path work) throws IOException {
        Path appDir = image.resolve("lib/app");
        Path shop = work.resolve("aot-shop");
        // relative names: the image's folder has a space, which JAVA_TOOL_OPTIONS would split at
        launch(launcher, appDir, "", "bench-ui", "--seed", shop.toString());
        launch(launcher, appDir, "-XX:AOTMode=record -XX:AOTConfiguration=pos.aotconf -Xlog:aot*=error",
                "bench-ui", "--shop", shop.toString(), "--scans", Integer.toString(SCANS));
        launch(launcher, appDir, "-XX:AOTMode=create -XX:AOTConfiguration=pos.aotconf -XX:AOTCache=" + FILE
                + " -Xlog:aot*=error", "--version");
        Files.delete(appDir.resolve("pos.aotconf"));
        try (Stream<Path> files = Files.walk(shop)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (Stream<Path> configs = Files.list(appDir)) {
            for (Path cfg : configs.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                useCache(cfg);
            }
        }
        launch(launcher, appDir, "-XX:AOTMode=on", "--version");
        System.out.printf("AOT cache %s (%.1f MB), accepted by the bundled runtime%n", appDir.resolve(FILE),
                Files.size(appDir.resolve(FILE)) / 1e6);
    }

    /**
     * Adds the cache to a launcher's JVM options, after its last one. {@code -Xlog:aot*=off}: a cache the
     * JVM cannot use (a changed runtime) only costs start time, so the cashier sees no JVM messages for it.
     */
    static void useCache(Path cfg) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("java-options=")) {
                last = i;
            }
        }
        if (last < 0) {
            throw new IllegalStateException(cfg + " has no java-options");
        }
        lines.addAll(last + 1, List.of("java-options=-XX:AOTCache=$APPDIR/" + FILE, "java-options=-Xlog:aot*=off"));
        Files.write(cfg, lines);
    }

    private static void launch(Path launcher, Path dir, String jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        Map<String, String> env = builder.environment();
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        if (!jvmOptions.isEmpty()) {
            env.put("JAVA_TOOL_OPTIONS", jvmOptions);
        }
        System.out.println("> " + (jvmOptions.isEmpty() ? "" : "JAVA_TOOL_OPTIONS='" + jvmOptions + "' ")
                + String.join(" ", command));
        try {
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("AOT training step did not finish in 10 minutes: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("AOT training step failed with exit code " + process.exitValue()
                        + ": " + (jvmOptions.isEmpty() ? "" : jvmOptions + " ") + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
