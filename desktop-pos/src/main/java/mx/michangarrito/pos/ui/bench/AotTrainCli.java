package mx.michangarrito.pos.ui.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code Main aot-train --cache FILE [--scans N] [--train true|false]}: makes the JDK's AOT cache (JEP 483/514/515)
 * that the run command passes as {@code -XX:AOTCache=FILE}, by a training run of the real start: a JVM of
 * its own makes a temporary shop ({@code bench-ui --seed}), then a JVM started with
 * {@code -XX:AOTCacheOutput=FILE} opens it, logs in to the sale screen on the headless platform and scans N
 * items ({@code bench-ui --shop}). Both JVMs get this JVM's options and class path, so the cache matches
 * the command that runs the app with the same ones. Called by desktop-pos's package phase.
 *
 * <p>JDK 25.0.3 checks the JDK and the module options of a cache, but not whether the class path's jars
 * changed since training (a jar of another size was measured to be accepted, its old classes used). So a
 * stamp next to the cache ({@code FILE.stamp}: every class path jar's size and modification time, the
 * JDK, the JVM options) says what it was trained with: a cache whose stamp does not match is deleted
 * first, always, then retrained unless {@code --train false}. A matching one is kept (no needless
 * training when nothing changed). Either way a cache that stays is checked by starting a JVM with
 * {@code -XX:AOTMode=on}, which fails when the JVM cannot use it; then this command fails too.
 */
public final class AotTrainCli {

    private static final String USAGE = "usage: aot-train --cache FILE [--scans N] [--train true|false]";

    private AotTrainCli() {
    }

    /** Returns the process exit code: 0 when a usable, current cache is in place (or none was asked for). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path cache = null;
        int scans = 20;
        boolean train = true;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--cache" -> cache = Path.of(args.get(++i)).toAbsolutePath();
                    case "--scans" -> scans = Integer.parseInt(args.get(++i));
                    case "--train" -> train = Boolean.parseBoolean(args.get(++i));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            if (cache == null || scans < 1) {
                throw new IllegalArgumentException("--cache is required, --scans must be positive");
            }
        } catch (RuntimeException e) {
            err.println(USAGE + "  (" + e.getMessage() + ")");
            return 2;
        }
        try {
            Path stampFile = cache.resolveSibling(cache.getFileName() + ".stamp");
            String stamp = stamp();
            boolean current = Files.isRegularFile(cache) && Files.isRegularFile(stampFile)
                    && Files.readString(stampFile).equals(stamp);
            if (!current) {
                Files.deleteIfExists(stampFile);
                Files.deleteIfExists(cache);
                if (!train) {
                    out.println("aot-train: no AOT cache trained (--train false); a stale one was removed");
                    return 0;
                }
                int trained = train(cache, scans, err);
                if (trained != 0) {
                    Files.deleteIfExists(cache);
                    return trained;
                }
            } else {
                out.println("aot-train: " + cache + " is current (same jars, JDK and options), not retrained");
            }
            List<String> check = new ArrayList<>(options());
            check.addAll(List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on", "-Xlog:aot*=error"));
            if (java(check, List.of("--version"), err) != 0) {
                Files.deleteIfExists(cache);
                err.println("aot-train: the JVM refuses the AOT cache " + cache + " (-XX:AOTMode=on failed); deleted it");
                return 1;
            }
            Files.writeString(stampFile, stamp);
            out.printf("aot-train: %s is usable (%.1f MB)%n", cache, Files.size(cache) / 1e6);
            return 0;
        } catch (Exception e) {
            err.println("aot-train failed: " + e);
            return 1;
        }
    }

    private static int train(Path cache, int scans, PrintStream err) throws Exception {
        Path shop = Files.createTempDirectory("pos-aot-train");
        try {
            if (java(options(), List.of("bench-ui", "--seed", shop.toString()), err) != 0) {
                err.println("aot-train: making the training shop failed");
                return 1;
            }
            List<String> recording = new ArrayList<>(options());
            // the training warns of every class it cannot store (proxies, signed jars): not a build problem
            recording.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot*=error"));
            int exit = java(recording, List.of("bench-ui", "--shop", shop.toString(), "--scans", Integer.toString(scans)), err);
            if (exit != 0 || !Files.isRegularFile(cache)) {
                err.println("aot-train: the training run failed (exit " + exit + ") or wrote no cache " + cache);
                return 1;
            }
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(shop)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** This JVM's options without any AOT or logging one: what the run command gives the app's JVM. */
    static List<String> options() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> !o.startsWith("-XX:AOT") && !o.startsWith("-Xlog") && !o.startsWith("-Djava.class.path="))
                .toList();
    }

    /** What the cache depends on: the JDK, the JVM options, and every class path jar's size and time. */
    static String stamp() throws IOException {
        StringBuilder stamp = new StringBuilder();
        stamp.append("jdk ").append(System.getProperty("java.home")).append(' ')
                .append(System.getProperty("java.vm.version")).append('\n');
        stamp.append("options ").append(String.join(" ", options())).append('\n');
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            stamp.append(jar).append(' ');
            if (Files.exists(jar)) {
                stamp.append(Files.size(jar)).append(' ').append(Files.getLastModifiedTime(jar).toMillis());
            } else {
                stamp.append("missing");
            }
            stamp.append('\n');
        }
        return stamp.toString();
    }

    /** Runs {@code Main args} in a new JVM with {@code options} and this JVM's class path; returns its exit code. */
    private static int java(List<String> options, List<String> args, PrintStream err) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "mx.michangarrito.pos.Main"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            err.println("aot-train: " + String.join(" ", args) + " did not finish in 10 minutes");
            return 1;
        }
        return process.exitValue();
    }
}
