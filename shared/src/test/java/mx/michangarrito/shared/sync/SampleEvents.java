package mx.michangarrito.shared.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import mx.michangarrito.shared.money.Money;

/** One filled-in event of every wire type. */
final class SampleEvents {

    static final Instant AT = Instant.parse("2026-11-23T18:04:05.123456Z");

    private SampleEvents() {
    }

    static List<TerminalEvent> all() {
        UUID sale = id(1);
        UUID shift = id(2);
        UUID cashier = id(3);
        UUID customer = id(4);
        UUID product = id(5);
        return List.of(
                new SaleCompleted(sale, "CAJA1-17", shift, cashier, customer, AT, Money.ofCentavos(5_000),
                        Money.ofCentavos(100), Money.ofCentavos(0), Money.ofCentavos(676), Money.ofCentavos(4_900),
                        Money.ofCentavos(100),
                        List.of(new SaleCompleted.Line(1, product, "Coca-Cola 600 ml", new BigDecimal("2.000"),
                                        Money.ofCentavos(1_800), Money.ZERO, Money.ofCentavos(3_600),
                                        Money.ofCentavos(3_103), Money.ZERO, Money.ofCentavos(497), "GENERAL_16",
                                        null, id(10)),
                                new SaleCompleted.Line(2, id(6), "Jamón", new BigDecimal("0.250"),
                                        Money.ofCentavos(5_600), Money.ofCentavos(100), Money.ofCentavos(1_300),
                                        Money.ofCentavos(1_121), Money.ZERO, Money.ofCentavos(179), "GENERAL_16",
                                        new BigDecimal("8"), id(20))),
                        List.of(new SaleCompleted.Tender(TenderKind.CASH, Money.ofCentavos(4_000), null, null),
                                new SaleCompleted.Tender(TenderKind.FIADO, Money.ofCentavos(1_000), null, customer))),
                new SaleVoided(id(7), sale, shift, cashier, id(8), "cliente se arrepintió", AT),
                new SaleReturned(id(9), sale, shift, cashier, TenderKind.CASH, Money.ofCentavos(1_800), "caducado", AT,
                        List.of(new SaleReturned.Line(id(10), new BigDecimal("1.000"), Money.ofCentavos(1_800),
                                Money.ofCentavos(1_552), Money.ZERO, Money.ofCentavos(248)))),
                new StockMoved(id(11), product, new BigDecimal("-2.000"), StockReason.SALE, sale, cashier, AT),
                new CashMoved(id(12), shift, CashMovementKind.SALE, Money.ofCentavos(3_900), null, sale, cashier, AT),
                new ShiftOpened(shift, cashier, Money.ofPesos(500), AT),
                new ShiftClosed(id(13), shift, cashier, AT, 42, Money.ofCentavos(123_456),
                        Map.of(TenderKind.CASH, Money.ofCentavos(100_000), TenderKind.CARD, Money.ofCentavos(23_456)),
                        Map.of(TenderKind.CASH, Money.ofCentavos(99_950))),
                new FiadoRecorded(id(14), customer, FiadoEntryKind.PAYMENT, 50_000, null, FiadoTender.CASH, null,
                        "abono", cashier, AT),
                new CustomerChanged(id(15), customer, true, "Doña Mary", "+525512345678", 200_000, null, true, cashier,
                        AT),
                new ProductCommanded(id(16), ProductAction.EDIT, 3L, product(product), "Refrescos",
                        List.of("07501055300075", "REF600"), cashier, AT),
                new CategoryCommanded(id(18), id(17), "Refrescos y aguas", cashier, AT));
    }

    static ProductState product(UUID product) {
        return new ProductState(product, "REF-600", "Coca-Cola 600 ml", id(17), "PIEZA", false,
                mx.michangarrito.shared.tax.IvaRate.IVA_16, new BigDecimal("8.0000"), 1_200, 1_800,
                new BigDecimal("6.000"), null, true);
    }

    static UUID id(int n) {
        return UUID.fromString("019ab000-0000-7000-8000-%012d".formatted(n));
    }
}
