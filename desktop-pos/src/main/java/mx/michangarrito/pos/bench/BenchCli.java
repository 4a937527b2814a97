package mx.michangarrito.pos.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.corte.CashCount;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;

/**
 * {@code Main bench [--products N] [--sales N]}: fills a fresh temporary database and prints one
 * {@code BENCH name=value unit} line per figure. Commits are measured in the app's durable mode
 * (WRITE_DELAY 0 + REUSE_SPACE FALSE + CHECKPOINT SYNC per write, decision 0004); closing the shift
 * compacts the grown file, as at a counter.
 */
public final class BenchCli {

    private final PrintStream out;
    private final int products;
    private final int sales;

    private BenchCli(PrintStream out, int products, int sales) {
        this.out = out;
        this.products = products;
        this.sales = sales;
    }

    /** Runs the bench; returns the process exit code (2 for bad arguments). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        int products = 100_000;
        int sales = 20_000;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--products" -> products = positive(args.get(++i));
                    case "--sales" -> sales = positive(args.get(++i));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
        } catch (RuntimeException e) {
            err.println("usage: bench [--products N] [--sales N]  (" + e.getMessage() + ")");
            return 2;
        }
        try {
            new BenchCli(out, products, sales).measure();
            return 0;
        } catch (IOException e) {
            err.println("bench failed: " + e.getMessage());
            return 1;
        }
    }

    private static int positive(String text) {
        int n = Integer.parseInt(text);
        if (n < 1) {
            throw new IllegalArgumentException("counts must be positive: " + text);
        }
        return n;
    }

    private void print(String name, String value, String unit) {
        out.println("BENCH " + name + "=" + value + " " + unit);
        out.flush();
    }

    private void measure() throws IOException {
        Path dir = Files.createTempDirectory("pos-bench");
        PosConfig config = PosConfig.defaults();
        try {
            print("mode", "durable", "(WRITE_DELAY=0+REUSE_SPACE=FALSE+CHECKPOINT_SYNC)");
            print("products", String.valueOf(products), "count");
            print("sales", String.valueOf(sales), "count");
            List<ProductDraft> drafts = SampleCatalog.drafts(products, 42);
            UUID shiftId;
            try (PosServices pos = PosServices.open(dir, config, Clock.systemUTC())) {
                UUID cashier = pos.users.createUser(null, "Bench", Role.OWNER, "1234").id();
                long load = System.nanoTime();
                for (int from = 0; from < drafts.size(); from += 5_000) {
                    pos.catalog.createAll(drafts.subList(from, Math.min(drafts.size(), from + 5_000)), Optional.empty());
                }
                print("catalog_load_ms", String.valueOf((System.nanoTime() - load) / 1_000_000), "ms");
                lookups(pos, drafts);
                searches(pos);
                shiftId = pos.shifts.open(cashier, Money.ofPesos(500)).id();
                commits(pos, cashier);
                long corte = System.nanoTime();
                pos.corte.report(shiftId);
                print("corte_ms", String.valueOf((System.nanoTime() - corte) / 1_000_000), "ms");
                pos.reports.salesReport(pos.reports.thisMonth()); // warm-up: compiles the queries
                long report = System.nanoTime();
                pos.reports.salesReport(pos.reports.thisMonth());
                print("report_month_ms", String.valueOf((System.nanoTime() - report) / 1_000_000),
                        "ms (this month's sales report: day, hour, product, tax, cashier, fiados)");
                Path file = dir.resolve("pos.mv.db");
                print("db_file_before_corte_mb", String.valueOf(Files.size(file) / (1024 * 1024)), "MB");
                long close = System.nanoTime();
                pos.corte.close(cashier, new CashCount(java.util.Map.of()), java.util.Map.of());
                print("corte_close_ms", String.valueOf((System.nanoTime() - close) / 1_000_000),
                        "ms (includes compacting the file)");
                print("db_file_after_corte_mb", String.valueOf(Files.size(file) / (1024 * 1024)), "MB");
            }
            long start = System.nanoTime();
            try (PosServices reopened = PosServices.open(dir, config, Clock.systemUTC())) {
                print("startup_db_ms", String.valueOf((System.nanoTime() - start) / 1_000_000), "ms");
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    private void lookups(PosServices pos, List<ProductDraft> drafts) {
        SplittableRandom random = new SplittableRandom(7);
        int n = Math.min(20_000, Math.max(1_000, products));
        for (int i = 0; i < 2_000; i++) { // warm-up
            pos.catalog.scan(drafts.get(random.nextInt(drafts.size())).barcodes().getFirst());
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            String code = drafts.get(random.nextInt(drafts.size())).barcodes().getFirst();
            long t = System.nanoTime();
            pos.catalog.scan(code);
            times[i] = System.nanoTime() - t;
        }
        Percentiles p = new Percentiles(times);
        print("barcode_lookup_p50_us", p.micros(50), "us");
        print("barcode_lookup_p99_us", p.micros(99), "us");
    }

    private void searches(PosServices pos) {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            pos.catalog.search(SampleCatalog.query(random), 20);
        }
        long[] times = new long[2_000];
        for (int i = 0; i < times.length; i++) {
            String query = SampleCatalog.query(random);
            long t = System.nanoTime();
            pos.catalog.search(query, 20);
            times[i] = System.nanoTime() - t;
        }
        Percentiles p = new Percentiles(times);
        print("name_search_p50_ms", p.millis(50), "ms");
        print("name_search_p95_ms", p.millis(95), "ms");
    }

    private void commits(PosServices pos, UUID cashier) throws IOException {
        List<Product> sample = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 500; i++) {
            sample.add(pos.catalog.scan(SampleCatalog.barcode(random.nextInt(products))).product());
        }
        Path file = pos.db.dataDir().resolve("pos.mv.db");
        long sizeBefore = Files.size(file);
        long[] times = new long[sales];
        for (int i = 0; i < sales; i++) {
            Cart cart = new Cart();
            for (int line = 0; line < 5; line++) {
                cart.addUnits(sample.get(random.nextInt(sample.size())), BigDecimal.valueOf(1 + random.nextInt(3)));
            }
            Money total = cart.totals().total();
            long t = System.nanoTime();
            pos.sales.complete(cart, List.of(Tender.cash(total)), cashier);
            times[i] = System.nanoTime() - t;
        }
        Percentiles p = new Percentiles(times);
        print("sale_commit_p50_ms", p.millis(50), "ms");
        print("sale_commit_p99_ms", p.millis(99), "ms");
        // The file is append-only (decision 0004): what one sale adds until the next compaction.
        print("db_growth_per_sale_kb", String.valueOf((Files.size(file) - sizeBefore) / sales / 1024), "KB");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
