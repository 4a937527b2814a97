package mx.michangarrito.pos.fiado;

import mx.michangarrito.pos.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.PosEntities;
import mx.michangarrito.pos.audit.AuditLog;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.UserService;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;

/** Customers and the fiado ledger on a real H2 file, with a clock the test moves, in Mexico City's zone. */
final class FiadoFixture implements AutoCloseable {

    static final ZoneId SHOP_ZONE = ZoneId.of("America/Mexico_City");

    final MutableClock clock = new MutableClock(at("2026-03-02T10:00"));
    final PosDatabase db;
    final CustomerService customers;
    final FiadoLedger ledger;
    final UserService users;

    FiadoFixture(Path dataDir) {
        db = PosDatabase.open(dataDir, PosEntities.all());
        UuidV7Generator ids = UuidV7Generator.system();
        Outbox outbox = new Outbox(clock);
        customers = new CustomerService(db, clock, ids, outbox);
        ledger = new FiadoLedger(db, clock, ids, outbox, SHOP_ZONE);
        users = new UserService(db, new AuditLog(db, clock), clock, SHOP_ZONE, 4);
    }

    /** A real user of {@code role} (the first one made is the owner), as limit changes need. */
    UUID user(String name, Role role) {
        if (users.isFirstRun()) {
            users.createUser(null, "Dueña", Role.OWNER, "1111");
        }
        Operator owner = users.login(users.listActive().stream().filter(u -> u.role() == Role.OWNER).findFirst()
                .orElseThrow().id(), "1111");
        return role == Role.OWNER ? owner.userId() : users.createUser(owner, name, role, "2222").id();
    }

    /** A local time at the shop, e.g. {@code at("2026-03-02T21:30")}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHOP_ZONE).toInstant();
    }

    static Money pesos(long pesos) {
        return Money.ofPesos(pesos);
    }

    Customer customer(String name, long limitPesos) {
        return customers.create(CustomerDraft.of(name, pesos(limitPesos)), Optional.empty());
    }

    /** A charge in its own transaction, as a sale on credit does. */
    void charge(Customer customer, long pesos) {
        db.writeVoid(s -> ledger.charge(s, customer.id(), pesos(pesos), UUID.randomUUID(), Optional.empty()));
    }

    FiadoEntry pay(Customer customer, long pesos) {
        return ledger.pay(customer.id(), pesos(pesos), PaymentTender.CASH, Optional.empty(), Optional.empty());
    }

    void credit(Customer customer, long pesos) {
        db.writeVoid(s -> ledger.credit(s, customer.id(), pesos(pesos), UUID.randomUUID()));
    }

    FiadoEntry lastEntry(Customer customer) {
        return ledger.entries(customer.id()).getLast();
    }

    long count(String entity) {
        return db.read(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult());
    }

    @Override
    public void close() {
        db.close();
    }
}
