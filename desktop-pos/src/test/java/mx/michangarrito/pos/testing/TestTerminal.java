package mx.michangarrito.pos.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.audit.AuditLog;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.corte.CorteService;
import mx.michangarrito.pos.fiado.CustomerService;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.fiado.FiadoPayments;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.sale.ReturnService;
import mx.michangarrito.pos.sale.SaleService;
import mx.michangarrito.pos.sale.VoidService;
import mx.michangarrito.pos.stock.StockService;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.UserService;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * A whole terminal on a real H2 file, wired by the app's own composition root ({@link PosServices}) on a
 * test clock: an owner, a manager (Beto) and a cashier (Caro). Reopening the same folder is a restart.
 */
public final class TestTerminal implements AutoCloseable {

    public static final String MANAGER_PIN = "2468";
    public static final String CASHIER_PIN = "1357";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T16:00:00Z"));
    public final UuidV7Generator ids = UuidV7Generator.system();
    private final PosServices pos;
    public final PosDatabase db;
    public final Outbox outbox;
    public final AuditLog audit;
    public final UserService users;
    public final CatalogService catalog;
    public final StockService stock;
    public final ShiftService shifts;
    public final CustomerService customers;
    public final FiadoLedger fiado;
    public final FiadoPayments payments;
    public final SaleService sales;
    public final VoidService voids;
    public final ReturnService returns;
    public final CorteService corte;
    public final UUID managerId;
    public final UUID cashierId;
    private final List<TestPrinter> printers = new java.util.ArrayList<>();

    public TestTerminal(Path dataDir) {
        PosConfig defaults = PosConfig.defaults();
        pos = PosServices.open(dataDir, new PosConfig(defaults.terminalCode(), defaults.shopZone(),
                defaults.discountLimitPercent(), defaults.scaleLabels(), 4), clock);
        db = pos.db;
        outbox = pos.outbox;
        audit = pos.audit;
        users = pos.users;
        catalog = pos.catalog;
        stock = pos.stock;
        shifts = pos.shifts;
        customers = pos.customers;
        fiado = pos.fiado;
        payments = pos.fiadoPayments;
        sales = pos.sales;
        voids = pos.voids;
        returns = pos.returns;
        corte = pos.corte;
        if (users.isFirstRun()) {
            var owner = users.login(users.createUser(null, "Lupita", Role.OWNER, "1111").id(), "1111");
            users.createUser(owner, "Beto", Role.MANAGER, MANAGER_PIN);
            users.createUser(owner, "Caro", Role.CASHIER, CASHIER_PIN);
        }
        managerId = idOf("Beto");
        cashierId = idOf("Caro");
    }

    /** The composition root's services, for tests that wire screens on this terminal. */
    public PosServices services() {
        return pos;
    }

    private UUID idOf(String name) {
        return users.listActive().stream().filter(u -> u.displayName().equals(name)).findFirst().orElseThrow().id();
    }

    public Product product(String name, String barcode, long priceCentavos, TaxRates taxes) {
        return catalog.create(ProductDraft.simple(name, barcode, Money.ofCentavos(priceCentavos), taxes), Optional.empty());
    }

    public Product product(String name, long priceCentavos, TaxRates taxes) {
        return product(name, null, priceCentavos, taxes);
    }

    /** A product sold by the kilo, known to the scale by {@code scaleCode}. */
    public Product weighed(String name, String scaleCode, long pricePerKgCentavos) {
        return catalog.create(new ProductDraft(name, Optional.empty(), List.of(), Optional.empty(), Unit.KG, true,
                TaxRates.IVA_0, Money.ZERO, Money.ofCentavos(pricePerKgCentavos), BigDecimal.ZERO,
                Optional.of(scaleCode), true), Optional.empty());
    }

    /** What {@link #counter} sets up: the product on sale and the printer. */
    public record Counter(Product coke, TestPrinter printer) {
    }

    /**
     * The counter the screen tests start from: Coca-Cola 600 ml (7501055300846) at $20.00 with IVA 16 %,
     * Caro's shift open with $500.00, and a virtual printer named {@code printerName}, closed with the terminal.
     */
    public Counter counter(String printerName) throws IOException {
        Product coke = product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
        shifts.open(cashierId, Money.ofPesos(500));
        TestPrinter printer = new TestPrinter(printerName);
        printers.add(printer);
        return new Counter(coke, printer);
    }

    /** Caro (the cashier) logged in. */
    public Operator cashier() {
        return users.login(cashierId, CASHIER_PIN);
    }

    public long count(String entity) {
        return db.read(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult());
    }

    public UUID firstLine(UUID saleId) {
        return db.read(s -> s.createSelectionQuery("select id from SaleLine where saleId = :id order by lineNo", UUID.class)
                .setParameter("id", saleId).getResultList().getFirst());
    }

    @Override
    public void close() {
        printers.forEach(TestPrinter::close);
        pos.close();
    }
}
