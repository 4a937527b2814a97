package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.PosEntities;
import mx.michangarrito.pos.audit.AuditLog;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.fiado.CustomerService;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.stock.StockService;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.testing.MutableClock;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.UserService;
import mx.michangarrito.shared.barcode.VariableMeasureLayouts;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/** A terminal on a real H2 file: owner, manager and cashier, a few products, and an open shift. */
final class SaleFixture implements AutoCloseable {

    static final String MANAGER_PIN = "2468";
    static final String CASHIER_PIN = "1357";

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T16:00:00Z"));
    final UuidV7Generator ids = UuidV7Generator.system();
    final PosDatabase db;
    final Outbox outbox = new Outbox(clock);
    final UserService users;
    final CatalogService catalog;
    final StockService stock;
    final ShiftService shifts;
    final FiadoLedger fiado;
    final CustomerService customers;
    final SaleService sales;
    final UUID managerId;
    final UUID cashierId;

    SaleFixture(Path dataDir) {
        db = PosDatabase.open(dataDir, PosEntities.all());
        users = new UserService(db, new AuditLog(db, clock), clock, ZoneId.of("America/Mexico_City"), 4);
        if (users.isFirstRun()) {
            var owner = users.createUser(null, "Lupita", Role.OWNER, "1111");
            var ownerOp = users.login(owner.id(), "1111");
            users.createUser(ownerOp, "Beto", Role.MANAGER, MANAGER_PIN);
            users.createUser(ownerOp, "Caro", Role.CASHIER, CASHIER_PIN);
        }
        managerId = idOf("Beto");
        cashierId = idOf("Caro");
        catalog = new CatalogService(db, clock, ids, VariableMeasureLayouts.of("21IIIIIWWWWWC", "23IIIIIPPPPPC"));
        stock = new StockService(db, clock, ids, outbox);
        shifts = new ShiftService(db, clock, ids, outbox);
        fiado = new FiadoLedger(db, clock, ids, outbox, ZoneId.of("America/Mexico_City"));
        customers = new CustomerService(db, clock, ids, outbox);
        sales = new SaleService(db, clock, ids, new SalePolicy("CAJA1", new BigDecimal("10")), approval(), shifts, stock,
                fiado, outbox);
    }

    /** Manager PINs checked by the real user service. */
    ManagerApproval approval() {
        return (id, pin) -> users.authorize(id, pin, Role.MANAGER, "override").userId();
    }

    VoidService voids() {
        return new VoidService(db, clock, ids, approval(), shifts, stock, fiado, outbox);
    }

    ReturnService returns() {
        return new ReturnService(db, clock, ids, shifts, stock, fiado, outbox);
    }

    /** The same terminal after a restart. */
    static SaleFixture reopen(Path dataDir) {
        return new SaleFixture(dataDir);
    }

    private UUID idOf(String name) {
        return users.listActive().stream().filter(u -> u.displayName().equals(name)).findFirst().orElseThrow().id();
    }

    Product product(String name, String barcode, long priceCentavos, TaxRates taxes) {
        return catalog.create(ProductDraft.simple(name, barcode, Money.ofCentavos(priceCentavos), taxes), Optional.empty());
    }

    Product weighed(String name, String scaleCode, long pricePerKgCentavos) {
        return catalog.create(new ProductDraft(name, Optional.empty(), List.of(), Optional.empty(), Unit.KG, true,
                TaxRates.IVA_0, Money.ZERO, Money.ofCentavos(pricePerKgCentavos), BigDecimal.ZERO,
                Optional.of(scaleCode), true), Optional.empty());
    }

    long count(String entity) {
        return db.read(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult());
    }

    @Override
    public void close() {
        db.close();
    }
}
