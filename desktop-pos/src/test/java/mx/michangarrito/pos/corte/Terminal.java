package mx.michangarrito.pos.corte;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.PosEntities;
import mx.michangarrito.pos.audit.AuditLog;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.fiado.CustomerService;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.fiado.FiadoPayments;
import mx.michangarrito.pos.sale.ManagerApproval;
import mx.michangarrito.pos.sale.ReturnService;
import mx.michangarrito.pos.sale.SalePolicy;
import mx.michangarrito.pos.sale.SaleService;
import mx.michangarrito.pos.sale.VoidService;
import mx.michangarrito.pos.stock.StockService;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.testing.MutableClock;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.UserService;
import mx.michangarrito.shared.barcode.VariableMeasureLayouts;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/** A whole terminal on a real H2 file, for tests that cross features (sales, voids, returns, corte). */
final class Terminal implements AutoCloseable {

    static final String MANAGER_PIN = "2468";

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
    final FiadoPayments payments;
    final SaleService sales;
    final VoidService voids;
    final ReturnService returns;
    final CorteService corte;
    final UUID managerId;
    final UUID cashierId;

    Terminal(Path dataDir) {
        db = PosDatabase.open(dataDir, PosEntities.all());
        users = new UserService(db, new AuditLog(db, clock), clock, ZoneId.of("America/Mexico_City"), 4);
        var owner = users.login(users.createUser(null, "Lupita", Role.OWNER, "1111").id(), "1111");
        managerId = users.createUser(owner, "Beto", Role.MANAGER, MANAGER_PIN).id();
        cashierId = users.createUser(owner, "Caro", Role.CASHIER, "1357").id();
        catalog = new CatalogService(db, clock, ids, VariableMeasureLayouts.of());
        stock = new StockService(db, clock, ids, outbox);
        shifts = new ShiftService(db, clock, ids, outbox);
        ManagerApproval approval = (id, pin) -> users.authorize(id, pin, Role.MANAGER, "override").userId();
        fiado = new FiadoLedger(db, clock, ids, outbox, ZoneId.of("America/Mexico_City"));
        customers = new CustomerService(db, clock, ids, outbox);
        payments = new FiadoPayments(db, fiado, shifts);
        sales = new SaleService(db, clock, ids, new SalePolicy("CAJA1", BigDecimal.TEN), approval, shifts, stock,
                fiado, outbox);
        voids = new VoidService(db, clock, ids, approval, shifts, stock, fiado, outbox);
        returns = new ReturnService(db, clock, ids, shifts, stock, fiado, outbox);
        corte = new CorteService(db, clock, ids, outbox);
    }

    Product product(String name, long price, TaxRates taxes) {
        return catalog.create(ProductDraft.simple(name, null, Money.ofCentavos(price), taxes), Optional.empty());
    }

    UUID firstLine(UUID saleId) {
        return db.read(s -> s.createSelectionQuery("select id from SaleLine where saleId = :id order by lineNo", UUID.class)
                .setParameter("id", saleId).getResultList().getFirst());
    }

    @Override
    public void close() {
        db.close();
    }
}
