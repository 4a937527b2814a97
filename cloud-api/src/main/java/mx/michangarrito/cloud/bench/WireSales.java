package mx.michangarrito.cloud.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.CashMovementKind;
import mx.michangarrito.shared.sync.CashMoved;
import mx.michangarrito.shared.sync.FiadoEntryKind;
import mx.michangarrito.shared.sync.FiadoRecorded;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SaleCompleted;
import mx.michangarrito.shared.sync.ShiftOpened;
import mx.michangarrito.shared.sync.StockMoved;
import mx.michangarrito.shared.sync.StockReason;
import mx.michangarrito.shared.sync.TenderKind;

/**
 * A terminal's outbox as the counter fills it, made directly as wire records: a shift opened, then sales
 * of 1–3 lines (IVA 16 % or 0 %) each followed by a stock movement per line and the drawer's cash
 * movement or the fiado charge, a minute apart, numbered from sequence 1 like a real outbox.
 */
final class WireSales {

    private static final String[] NAMES = {"Refresco 600 ml", "Frijol 1 kg", "Galletas", "Leche 1 l",
        "Jabón de barra", "Tortillas 1 kg", "Huevo 18 pzas", "Aceite 1 l"};
    private static final long[] PRICES = {1850, 3450, 1590, 2890, 2200, 2300, 6490, 4200};

    private final UuidV7Generator ids;
    private final SplittableRandom random;
    private final List<UUID> products = new ArrayList<>();
    private final UUID customer;
    private final UUID cashier;
    private final UUID shift;
    private final List<PushedEvent> events = new ArrayList<>();
    private Instant clock;
    private int folio;

    WireSales(UuidV7Generator ids, long seed, List<UUID> products, UUID customer, Instant start) {
        this.ids = ids;
        this.random = new SplittableRandom(seed);
        this.products.addAll(products);
        this.customer = customer;
        this.cashier = ids.next();
        this.shift = ids.next();
        this.clock = start;
        add(new ShiftOpened(shift, cashier, Money.ofPesos(500), clock));
    }

    /** Eight products a shop's terminals share, as their catalog would. */
    static List<UUID> catalog(UuidV7Generator ids) {
        List<UUID> products = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            products.add(ids.next());
        }
        return products;
    }

    /** The outbox after {@code sales} more sales. */
    List<PushedEvent> sell(int sales) {
        for (int i = 0; i < sales; i++) {
            sale();
        }
        return List.copyOf(events);
    }

    private void sale() {
        clock = clock.plus(Duration.ofSeconds(random.nextInt(20, 100)));
        UUID saleId = ids.next();
        List<SaleCompleted.Line> lines = new ArrayList<>();
        long total = 0;
        long iva = 0;
        int count = random.nextInt(1, 4);
        for (int l = 1; l <= count; l++) {
            int p = random.nextInt(products.size());
            int quantity = random.nextInt(1, 4);
            long amount = PRICES[p] * quantity;
            boolean taxed = p % 2 == 0;
            long lineIva = taxed ? Math.round(amount - amount / 1.16) : 0;
            lines.add(new SaleCompleted.Line(l, products.get(p), NAMES[p], BigDecimal.valueOf(quantity).setScale(3),
                    Money.ofCentavos(PRICES[p]), Money.ZERO, Money.ofCentavos(amount),
                    Money.ofCentavos(amount - lineIva), Money.ZERO, Money.ofCentavos(lineIva),
                    taxed ? "GENERAL_16" : "ZERO", null, ids.next()));
            total += amount;
            iva += lineIva;
        }
        int kind = random.nextInt(100);
        TenderKind tender = kind < 50 ? TenderKind.CASH : kind < 80 ? TenderKind.CARD : TenderKind.FIADO;
        long change = tender == TenderKind.CASH ? ((total / 5_000) + 1) * 5_000 - total : 0;
        SaleCompleted.Tender paid = new SaleCompleted.Tender(tender, Money.ofCentavos(total + change),
                tender == TenderKind.CARD ? "AUT" + folio : null, tender == TenderKind.FIADO ? customer : null);
        add(new SaleCompleted(saleId, "CAJA1-" + (++folio), shift, cashier,
                tender == TenderKind.FIADO ? customer : null, clock, Money.ofCentavos(total - iva), Money.ZERO,
                Money.ZERO, Money.ofCentavos(iva), Money.ofCentavos(total), Money.ofCentavos(change), lines,
                List.of(paid)));
        for (SaleCompleted.Line line : lines) {
            add(new StockMoved(ids.next(), line.productId(), line.quantity().negate(), StockReason.SALE, saleId,
                    cashier, clock));
        }
        if (tender == TenderKind.CASH) {
            add(new CashMoved(ids.next(), shift, CashMovementKind.SALE, Money.ofCentavos(total), null, saleId,
                    cashier, clock));
        } else if (tender == TenderKind.FIADO) {
            add(new FiadoRecorded(ids.next(), customer, FiadoEntryKind.CHARGE, total, saleId, null, null, null,
                    cashier, clock));
        }
    }

    private void add(mx.michangarrito.shared.sync.TerminalEvent event) {
        events.add(new PushedEvent(events.size() + 1, clock, event));
    }
}
