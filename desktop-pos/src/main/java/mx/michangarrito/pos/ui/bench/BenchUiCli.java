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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.demo.DemoShop;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * {@code Main bench-ui [--scans N]}: drives the real counter scene on JavaFX's headless platform
 * ({@code glass.platform=Headless}, {@code prism.order=sw}, as the TestFX tests) on a fresh temporary
 * shop (an owner, the demo catalog, an open shift) and prints {@code BENCH name=value unit} lines:
 * <ul>
 * <li>{@code ui_cold_start_ms}: from the JVM's start ({@code RuntimeMXBean.getStartTime}, wall clock) to
 * the first pulse whose layout pass has the sale screen in the scene, after reopening the shop's database
 * and logging in through the PIN pad. Making the temporary shop ({@code ui_seed_ms}: a new database, the
 * owner, the demo catalog, the open shift), which a real start finds done, is subtracted;
 * {@code ui_cold_start_from_command_ms} is the same from this command's start.</li>
 * <li>{@code ui_scan_to_line_p50/p95/max_ms}: see {@link CounterDriver#scan}.</li>
 * </ul>
 * Speed is reported, never asserted.
 */
public final class BenchUiCli {

    private BenchUiCli() {
    }

    /** Runs the bench; returns the process exit code (2 for bad arguments, 1 when the scene did not answer). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        long commandStart = System.nanoTime();
        int scans = 200;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--scans" -> scans = positive(args.get(++i));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
        } catch (RuntimeException e) {
            err.println("usage: bench-ui [--scans N]  (" + e.getMessage() + ")");
            return 2;
        }
        // Before the toolkit starts: the built-in headless glass platform and the software renderer.
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path dir = null;
        try {
            dir = Files.createTempDirectory("pos-bench-ui");
            return measure(dir, scans, commandStart, out);
        } catch (Exception e) {
            err.println("bench-ui failed: " + e);
            return 1;
        } finally {
            if (dir != null) {
                delete(dir, err);
            }
        }
    }

    private static int measure(Path dir, int scans, long commandStart, PrintStream out) throws Exception {
        // The temporary shop is made and closed first; a real start finds it made, so its time is left out.
        long seed = System.nanoTime();
        try (PosServices fresh = PosServices.open(dir, PosConfig.defaults(), Clock.systemUTC())) {
            var owner = fresh.users.createUser(null, "Bench", Role.OWNER, CounterDriver.PIN);
            new DemoShop(fresh.catalog, fresh.customers).load(TaxRates.IVA_16);
            fresh.shifts.open(owner.id(), Money.ofPesos(500));
        }
        long seedNanos = System.nanoTime() - seed;
        PosServices pos = PosServices.open(dir, PosConfig.defaults(), Clock.systemUTC());
        CounterDriver driver = null;
        try {
            driver = CounterDriver.start(pos);
            long readyNanos = driver.logIn().get(60, TimeUnit.SECONDS);
            long readyWall = System.currentTimeMillis() - (System.nanoTime() - readyNanos) / 1_000_000;
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            print(out, "ui_cold_start_ms", readyWall - jvmStart - seedNanos / 1_000_000,
                    "ms (JVM start to the sale screen laid out, logged in, shift open; minus ui_seed_ms)");
            print(out, "ui_cold_start_from_command_ms", (readyNanos - commandStart - seedNanos) / 1_000_000,
                    "ms (same, from this command's start)");
            print(out, "ui_seed_ms", seedNanos / 1_000_000,
                    "ms (making the temporary shop: database, owner, demo catalog, open shift; not counted)");
            List<Long> micros = new ArrayList<>(scans);
            for (int i = 0; i < scans; i++) {
                String code = DemoShop.barcode(1 + i % CounterDriver.PLAIN_ITEMS);
                micros.add(driver.scan(code).get(30, TimeUnit.SECONDS));
            }
            micros.sort(Comparator.naturalOrder());
            print(out, "ui_scan_to_line_p50_ms", millis(percentile(micros, 50)), "ms");
            print(out, "ui_scan_to_line_p95_ms", millis(percentile(micros, 95)), "ms");
            print(out, "ui_scan_to_line_max_ms", millis(micros.getLast()), "ms");
            print(out, "ui_scans", scans, "count");
            return 0;
        } finally {
            if (driver != null) {
                driver.close();
            }
            pos.close();
        }
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

    private static int positive(String text) {
        int n = Integer.parseInt(text);
        if (n < 1) {
            throw new IllegalArgumentException("the number of scans must be positive: " + text);
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
