package mx.michangarrito.pos.ui.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.demo.DemoShop;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * {@code Main bench-ui [--scans N] [--gap-ms G]}: drives the real counter scene on JavaFX's headless platform
 * ({@code glass.platform=Headless}, {@code prism.order=sw}, as the TestFX tests) on a fresh temporary
 * shop (an owner, the demo catalog, an open shift) and prints {@code BENCH name=value unit} lines.
 *
 * <p>Each phase runs in a JVM of its own, started with this JVM's options and class path: one makes the
 * shop ({@code ui_seed_ms}, not counted: a real start finds it made), then a fresh JVM measures, so nothing
 * the making loaded or compiled makes the start look warmer than a real one.
 * <ul>
 * <li>{@code ui_cold_start_ms}: from that JVM's start ({@code RuntimeMXBean.getStartTime}, wall clock) to
 * the first pulse whose layout pass has the sale screen in the scene, after opening the shop's database
 * and logging in through the PIN pad; {@code ui_start_*_ms} say when its steps were done.</li>
 * <li>{@code ui_scan_to_line_p50/p95/max_ms}: see {@link CounterDriver#scan}; scans are handed over
 * {@code G} ms apart (default 100, faster than a cashier scans), so a scan never waits for the previous
 * scan's frame to be drawn, which a real scanner's pace never makes it do.</li>
 * </ul>
 * Speed is reported, never asserted. {@code --seed DIR} and {@code --shop DIR} run one phase in this JVM
 * (for profiling, and {@link AotTrainCli}'s training run). With {@code -XX:AOTCache=FILE} the measured JVM
 * uses that cache; {@code ui_cold_start_ms} says whether the JVM did.
 */
public final class BenchUiCli {

    private static final String USAGE = "usage: bench-ui [--scans N] [--gap-ms G] [--seed DIR | --shop DIR]";

    private BenchUiCli() {
    }

    /** Runs the bench; returns the process exit code (2 for bad arguments, 1 when the scene did not answer). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        int scans = 200;
        int gapMillis = 100;
        Path seed = null;
        Path shop = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--scans" -> scans = positive(args.get(++i), "the number of scans");
                    case "--gap-ms" -> gapMillis = positive(args.get(++i), "the gap between scans");
                    case "--seed" -> seed = Path.of(args.get(++i));
                    case "--shop" -> shop = Path.of(args.get(++i));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
        } catch (RuntimeException e) {
            err.println(USAGE + "  (" + e.getMessage() + ")");
            return 2;
        }
        if (seed == null && shop == null && ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(o -> o.startsWith("-XX:AOTCacheOutput") || o.equals("-XX:AOTMode=record"))) {
            // this JVM would write the cache at its exit too, over the measured JVM's one: train with aot-train
            err.println("bench-ui: train an AOT cache with `Main aot-train --cache FILE`, not with -XX:AOTCacheOutput"
                    + " on bench-ui (this JVM and the measured one would both write it)");
            return 2;
        }
        try {
            if (seed != null) {
                seed(seed);
                return 0;
            }
            if (shop != null) {
                return measure(shop, scans, gapMillis, out);
            }
            return inFreshJvms(scans, gapMillis, out, err);
        } catch (Exception e) {
            err.println("bench-ui failed: " + e);
            return 1;
        }
    }

    /** The temporary shop: a new database, the owner, the demo catalog, an open shift. */
    private static void seed(Path dir) {
        try (PosServices fresh = PosServices.open(dir, PosConfig.defaults(), Clock.systemUTC())) {
            var owner = fresh.users.createUser(null, "Bench", Role.OWNER, CounterDriver.PIN);
            new DemoShop(fresh.catalog, fresh.customers).load(TaxRates.IVA_16);
            fresh.shifts.open(owner.id(), Money.ofPesos(500));
        }
    }

    private static int inFreshJvms(int scans, int gapMillis, PrintStream out, PrintStream err) throws Exception {
        Path dir = Files.createTempDirectory("pos-bench-ui");
        try {
            long seedStart = System.nanoTime();
            int seeded = child(List.of("--seed", dir.toString()), false);
            if (seeded != 0) {
                err.println("bench-ui: making the temporary shop failed (exit " + seeded + ")");
                return 1;
            }
            print(out, "ui_seed_ms", (System.nanoTime() - seedStart) / 1_000_000,
                    "ms (making the temporary shop in a JVM of its own; not counted)");
            return child(List.of("--shop", dir.toString(), "--scans", Integer.toString(scans), "--gap-ms",
                    Integer.toString(gapMillis)), true);
        } finally {
            delete(dir, err);
        }
    }

    /** Runs {@code bench-ui} with {@code args} in a new JVM with this one's options, printing what it prints. */
    private static int child(List<String> args, boolean measuring) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // a recording or an AOT cache is meant for the measured JVM, never for the seeding one
            boolean forMeasuredOnly = option.startsWith("-XX:StartFlightRecording") || option.startsWith("-XX:AOT");
            if (measuring || !forMeasuredOnly) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "mx.michangarrito.pos.Main", "bench-ui"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return 1;
        }
        return process.exitValue();
    }

    private static int measure(Path dir, int scans, int gapMillis, PrintStream out) throws Exception {
        // Before the toolkit starts: the built-in headless glass platform and the software renderer.
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        CounterDriver driver = null;
        try {
            driver = CounterDriver.start(dir);
            long readyNanos = driver.logIn().get(5, TimeUnit.MINUTES);
            long now = System.nanoTime();
            long readyWall = System.currentTimeMillis() - (now - readyNanos) / 1_000_000;
            print(out, "ui_cold_start_ms", readyWall - jvmStart,
                    "ms (JVM start to the sale screen laid out, logged in, shift open"
                            + (CounterDriver.aotCache().map(c -> "; AOT cache " + c).orElse("; no AOT cache")) + ")");
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                print(out, "ui_cold_start_cpu_ms", os.getProcessCpuTime() / 1_000_000,
                        "ms (CPU time of all the JVM's threads by then: less sensitive to a loaded machine)");
            }
            compilerCpuMillis().ifPresent(ms -> print(out, "ui_cold_start_jit_cpu_ms", ms,
                    "ms (of which the JIT compiler threads; Linux only)"));
            driver.steps().forEach((step, nanos) -> print(out, "ui_start_" + step + "_ms",
                    readyWall - jvmStart - (readyNanos - nanos) / 1_000_000, "ms (from JVM start)"));
            List<Long> micros = new ArrayList<>(scans);
            List<Long> cpuMicros = new ArrayList<>(scans);
            for (int i = 0; i < scans; i++) {
                Thread.sleep(gapMillis);
                String code = DemoShop.barcode(1 + i % CounterDriver.PLAIN_ITEMS);
                long[] timing = driver.scan(code).get(30, TimeUnit.SECONDS);
                micros.add(timing[0]);
                cpuMicros.add(timing[1]);
            }
            micros.sort(Comparator.naturalOrder());
            cpuMicros.sort(Comparator.naturalOrder());
            print(out, "ui_scan_to_line_p50_ms", millis(percentile(micros, 50)), "ms");
            print(out, "ui_scan_to_line_p95_ms", millis(percentile(micros, 95)), "ms");
            print(out, "ui_scan_to_line_max_ms", millis(micros.getLast()), "ms");
            print(out, "ui_scan_fx_cpu_p50_ms", millis(percentile(cpuMicros, 50)),
                    "ms (CPU time of the FX thread in that span)");
            print(out, "ui_scan_fx_cpu_p95_ms", millis(percentile(cpuMicros, 95)), "ms");
            print(out, "ui_scans", scans, "count (" + gapMillis + " ms apart)");
            return 0;
        } finally {
            if (driver != null) {
                driver.close();
            }
        }
    }

    /** CPU time of the JIT compiler threads so far, from {@code /proc} (empty where there is none). */
    private static java.util.OptionalLong compilerCpuMillis() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return java.util.OptionalLong.empty();
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                if (Files.readString(thread.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                    String stat = Files.readString(thread.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                }
            }
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalLong.empty(); // a thread that ended while read, or another layout
        }
        return java.util.OptionalLong.of(ticks * 10); // USER_HZ is 100 on Linux
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String millis(long micros) {
        return String.format(java.util.Locale.ROOT, "%.2f", micros / 1000.0);
    }

    private static void print(PrintStream out, String name, Object value, String unit) {
        out.println("BENCH " + name + "=" + value + " " + unit);
        out.flush();
    }

    private static int positive(String text, String what) {
        int n = Integer.parseInt(text);
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be positive: " + text);
        }
        return n;
    }

    private static void delete(Path dir, PrintStream err) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            err.println("bench-ui: the temporary folder " + dir + " was not deleted: " + e.getMessage());
        }
    }
}
