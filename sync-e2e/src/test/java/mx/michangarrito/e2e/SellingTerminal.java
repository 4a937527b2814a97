package mx.michangarrito.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.sync.SyncTarget;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * A real terminal for the sync proofs: its own H2 data folder and the app's services, a cashier with an
 * open shift, a small catalog and one fiado customer (made here, or adopted from another terminal as the
 * catalog pull will bring them), a realistic mix of sales, and the figures the cloud must end with,
 * read back from the terminal's own tables.
 */
final class SellingTerminal implements AutoCloseable {

    final PosServices pos;
    final UUID cashier;
    final List<Product> products = new ArrayList<>();
    Customer customer;
    SyncTarget target;

    SellingTerminal(Path dir, String terminalCode) throws IOException {
        PosConfig defaults = PosConfig.defaults();
        pos = PosServices.open(Files.createDirectories(dir), new PosConfig(terminalCode, defaults.shopZone(),
                defaults.discountLimitPercent(), defaults.scaleLabels(), 4), Clock.systemUTC());
        Operator owner = pos.users.login(pos.users.createUser(null, "Lupita", Role.OWNER, "1111").id(), "1111");
        cashier = pos.users.createUser(owner, "Caro " + terminalCode, Role.CASHIER, "1357").id();
    }

    /** Pairs with a fresh code of the owner, through {@code via} (the cloud, or a proxy in front of it). */
    void pair(CloudUnderTest cloud, URI via, String name) {
        target = pos.pairing.pair(via, cloud.pairingCode(), name);
    }

    /** Six products (three received into stock, three sold from zero) and a fiado customer. */
    void createCatalog() {
        String[][] items = {{"Refresco 600 ml", "1850"}, {"Frijol 1 kg", "3450"}, {"Galletas", "1590"},
                {"Leche 1 l", "2890"}, {"Jabón de barra", "2200"}, {"Tortillas 1 kg", "2300"}};
        for (int i = 0; i < items.length; i++) {
            Product p = pos.catalog.create(ProductDraft.simple(items[i][0], null,
                    Money.ofCentavos(Long.parseLong(items[i][1])), i % 2 == 0 ? TaxRates.IVA_16 : TaxRates.IVA_0),
                    Optional.empty());
            if (i < 3) {
                pos.stock.receivePurchase(p.id(), new BigDecimal("400"), Optional.empty(), Optional.of(cashier));
            }
            products.add(p);
        }
        customer = pos.customers.create(CustomerDraft.of("Doña Mary", Money.ofPesos(10_000_000)), Optional.empty());
    }

    /** Copies {@code other}'s products and customer with their ids, as the catalog pull will. */
    void adoptCatalog(SellingTerminal other) {
        for (Product p : other.products) {
            copyRow(other, "product", p.id());
            products.add(pos.catalog.find(p.id()).orElseThrow());
        }
        copyRow(other, "customer", other.customer.id());
        copyRow(other, "fiado_balance", other.customer.id());
        customer = pos.customers.find(other.customer.id()).orElseThrow();
        pos.stock.receivePurchase(products.get(1).id(), new BigDecimal("150"), Optional.empty(), Optional.of(cashier));
    }

    private void copyRow(SellingTerminal from, String table, UUID id) {
        String idColumn = table.equals("fiado_balance") ? "customer_id" : "id";
        List<Object> values = from.pos.db.read(s -> s.doReturningWork(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT * FROM " + table + " WHERE " + idColumn + " = ?")) {
                q.setObject(1, id);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    ResultSetMetaData meta = r.getMetaData();
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.add(r.getObject(i));
                    }
                    return row;
                }
            }
        }));
        pos.db.writeVoid(s -> s.doWork(c -> {
            String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
                for (int i = 0; i < values.size(); i++) {
                    insert.setObject(i + 1, values.get(i));
                }
                insert.executeUpdate();
            }
        }));
    }

    void openShift() {
        pos.shifts.open(cashier, Money.ofPesos(500));
    }

    /**
     * Sells {@code count} tickets of 1–3 lines: cash with change, card, fiado, and cash + card split;
     * every 40th sale the customer pays part of their fiado in cash.
     */
    void sell(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            Cart cart = new Cart();
            int lines = random.nextInt(1, 4);
            for (int l = 0; l < lines; l++) {
                cart.addUnits(products.get(random.nextInt(products.size())), BigDecimal.valueOf(random.nextInt(1, 4)));
            }
            Money total = cart.totals().total();
            int kind = random.nextInt(100);
            List<Tender> tenders;
            if (kind < 45) {
                long handed = (total.centavos() / 5_000 + 1) * 5_000;
                tenders = List.of(Tender.cash(Money.ofCentavos(handed)));
            } else if (kind < 70) {
                tenders = List.of(Tender.card(total, "AUT" + i));
            } else if (kind < 90) {
                tenders = List.of(Tender.fiado(total, customer.id()));
            } else {
                Money card = Money.ofCentavos(total.centavos() / 2);
                tenders = List.of(Tender.card(card, "AUT" + i), Tender.cash(Money.ofCentavos(total.centavos() - card.centavos())));
            }
            pos.sales.complete(cart, tenders, cashier);
            if (i % 40 == 39) {
                long owed = pos.fiado.balance(customer.id()).centavos();
                if (owed > 0) {
                    pos.fiadoPayments.receive(customer.id(), Money.ofCentavos(Math.min(owed, 10_000)), PaymentTender.CASH,
                            Optional.empty(), cashier);
                }
            }
        }
    }

    /** Events this terminal ever queued (its outbox sequence). */
    long queuedEver() {
        return pos.db.read(s -> s.createNativeQuery("SELECT last_value FROM counter WHERE name = 'outbox'", Long.class)
                .getSingleResult());
    }

    long pending() {
        return pos.db.read(s -> s.createSelectionQuery("select count(*) from OutboxEntry", Long.class).getSingleResult());
    }

    long rejected() {
        return pos.db.read(s -> s.createSelectionQuery("select count(*) from RejectedEntry", Long.class).getSingleResult());
    }

    long salesCount() {
        return single("SELECT count(*) FROM sale");
    }

    long salesTotal() {
        return single("SELECT coalesce(sum(total_centavos), 0) FROM sale");
    }

    /** Sum of sale tenders per kind (CASH, CARD, FIADO, ...), in centavos. */
    Map<String, Long> tenderSums() {
        return pos.db.read(s -> s.doReturningWork(c -> {
            Map<String, Long> sums = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT kind, sum(amount_centavos) FROM sale_tender GROUP BY kind");
                 ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    sums.put(r.getString(1), r.getLong(2));
                }
            }
            return sums;
        }));
    }

    private long single(String sql) {
        return pos.db.read(s -> s.doReturningWork(c -> {
            try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }));
    }

    @Override
    public void close() {
        pos.close();
    }
}
