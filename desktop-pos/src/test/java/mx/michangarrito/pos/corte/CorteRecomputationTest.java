package mx.michangarrito.pos.corte;

import mx.michangarrito.pos.testing.TestTerminal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Sale;
import mx.michangarrito.pos.sale.SaleLine;
import mx.michangarrito.pos.sale.SaleReturn;
import mx.michangarrito.pos.sale.SaleReturnLine;
import mx.michangarrito.pos.sale.SaleTender;
import mx.michangarrito.pos.sale.SaleVoid;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.RateTotal;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The corte's figures equal a recomputation from the raw sale, tender, return and payment rows. */
class CorteRecomputationTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void corteFiguresEqualARecomputationFromRawRows(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (TestTerminal t = new TestTerminal(dataDir)) {
            List<Product> products = List.of(t.product("Refresco", 1850, TaxRates.IVA_16),
                    t.product("Tortilla", 2200, TaxRates.IVA_0), t.product("Papas", 1999,
                            TaxRates.of(IvaRate.IVA_16, IepsRate.ofPercent("8"))), t.product("Medicina", 8990, TaxRates.EXEMPT));
            UUID customer = t.customers.create(CustomerDraft.of("Doña Mari", Money.ofPesos(100_000)), Optional.empty()).id();
            UUID shift = t.shifts.open(t.cashierId, Money.ofPesos(500)).id();
            Money fiadoCashPaid = Money.ZERO;
            List<CompletedSale> sold = new ArrayList<>();
            for (int op = 0; op < 60; op++) {
                int kind = random.nextInt(10);
                if (kind < 6 || sold.isEmpty()) {
                    sold.add(sell(t, products, random, customer));
                } else if (kind == 6) {
                    CompletedSale s = sold.remove(random.nextInt(sold.size()));
                    t.voids.voidSale(s.saleId(), "prueba", t.cashierId, t.managerId, TestTerminal.MANAGER_PIN);
                } else if (kind == 7) {
                    CompletedSale s = sold.remove(random.nextInt(sold.size()));
                    TenderKind refund = List.of(TenderKind.CASH, TenderKind.CARD, TenderKind.TRANSFER).get(random.nextInt(3));
                    t.returns.returnItems(s.saleId(), Map.of(t.firstLine(s.saleId()), BigDecimal.ONE), refund, t.cashierId, null);
                } else if (kind == 8 && t.fiado.balance(customer).isPositive()) {
                    Money pay = Money.min(t.fiado.balance(customer), Money.ofPesos(40));
                    t.payments.receive(customer, pay, PaymentTender.CASH, Optional.empty(), t.cashierId);
                    fiadoCashPaid = fiadoCashPaid.plus(pay);
                } else {
                    t.shifts.cashIn(t.cashierId, Money.ofPesos(1 + random.nextInt(100)), "cambio");
                }
            }
            Money cashOut = Money.ofPesos(20);
            t.shifts.cashOut(t.cashierId, cashOut, "gas");
            CorteReport corte = t.corte.report(shift);
            Recomputed raw = recompute(t, shift);

            assertEquals(raw.tickets, corte.tickets());
            assertEquals(raw.salesTotal, corte.salesTotal());
            assertEquals(raw.voids, corte.voids());
            assertEquals(raw.returnsTotal, corte.returnsTotal());
            assertEquals(raw.iva, corte.iva());
            for (TenderKind k : List.of(TenderKind.CARD, TenderKind.TRANSFER, TenderKind.FIADO)) {
                assertEquals(raw.paid.getOrDefault(k, Money.ZERO).minus(raw.refunds.getOrDefault(k, Money.ZERO)),
                        corte.tenders().get(k).expected(), k.name());
            }
            Money expectedCash = Money.ofPesos(500).plus(raw.paid.getOrDefault(TenderKind.CASH, Money.ZERO))
                    .minus(raw.change).minus(raw.refunds.getOrDefault(TenderKind.CASH, Money.ZERO))
                    .plus(corte.cashIn()).minus(cashOut).plus(fiadoCashPaid);
            assertEquals(expectedCash, corte.tenders().get(TenderKind.CASH).expected());
        }
    }

    private static CompletedSale sell(TestTerminal t, List<Product> products, SplittableRandom random, UUID customer) {
        Cart cart = new Cart();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            cart.addUnits(products.get(random.nextInt(products.size())), BigDecimal.valueOf(1 + random.nextInt(3)));
        }
        Money total = cart.totals().total();
        List<Tender> tenders = switch (random.nextInt(4)) {
            case 0 -> List.of(Tender.cash(total.plus(Money.ofCentavos(random.nextInt(5_000)))));
            case 1 -> List.of(Tender.card(total, "AUT" + random.nextInt(999)));
            case 2 -> List.of(Tender.transfer(total, null));
            default -> List.of(Tender.fiado(total, customer));
        };
        return t.sales.complete(cart, tenders, t.cashierId);
    }

    private record Recomputed(long tickets, Money salesTotal, long voids, Money returnsTotal, Money change,
            Map<TenderKind, Money> paid, Map<TenderKind, Money> refunds, Map<IvaRate, RateTotal> iva) {
    }

    private static Recomputed recompute(TestTerminal t, UUID shift) {
        return t.db.read(s -> {
            Set<UUID> voided = s.createSelectionQuery("from SaleVoid", SaleVoid.class).getResultList().stream()
                    .map(SaleVoid::saleId).collect(Collectors.toSet());
            List<Sale> live = s.createSelectionQuery("from Sale where shiftId = :id", Sale.class).setParameter("id", shift)
                    .getResultList().stream().filter(x -> !voided.contains(x.id())).toList();
            Set<UUID> liveIds = live.stream().map(Sale::id).collect(Collectors.toSet());
            Map<TenderKind, Money> paid = new EnumMap<>(TenderKind.class);
            for (SaleTender tender : s.createSelectionQuery("from SaleTender", SaleTender.class).getResultList()) {
                if (liveIds.contains(tender.saleId())) {
                    paid.merge(tender.kind(), tender.amount(), Money::plus);
                }
            }
            List<SaleReturn> returns = s.createSelectionQuery("from SaleReturn where shiftId = :id", SaleReturn.class)
                    .setParameter("id", shift).getResultList();
            Map<TenderKind, Money> refunds = new EnumMap<>(TenderKind.class);
            returns.forEach(r -> refunds.merge(r.refundTender(), r.total(), Money::plus));
            Map<IvaRate, RateTotal> iva = new EnumMap<>(IvaRate.class);
            Map<UUID, SaleLine> lines = s.createSelectionQuery("from SaleLine", SaleLine.class).getResultList().stream()
                    .collect(Collectors.toMap(SaleLine::id, l -> l));
            for (SaleLine l : lines.values()) {
                if (liveIds.contains(l.saleId())) {
                    iva.merge(l.taxes().iva(), new RateTotal(l.base().plus(l.ieps()), l.iva()), CorteRecomputationTest::add);
                }
            }
            Set<UUID> returnIds = returns.stream().map(SaleReturn::id).collect(Collectors.toSet());
            for (SaleReturnLine r : s.createSelectionQuery("from SaleReturnLine", SaleReturnLine.class).getResultList()) {
                if (returnIds.contains(r.returnId())) {
                    iva.merge(lines.get(r.saleLineId()).taxes().iva(),
                            new RateTotal(r.base().plus(r.ieps()).negate(), r.iva().negate()), CorteRecomputationTest::add);
                }
            }
            return new Recomputed(live.size(), Money.sum(live.stream().map(Sale::total).toList()),
                    s.createSelectionQuery("select count(*) from SaleVoid where shiftId = :id", Long.class)
                            .setParameter("id", shift).getSingleResult(),
                    Money.sum(returns.stream().map(SaleReturn::total).toList()),
                    Money.sum(live.stream().map(Sale::change).toList()), paid, refunds, iva);
        });
    }

    private static RateTotal add(RateTotal a, RateTotal b) {
        return new RateTotal(a.base().plus(b.base()), a.tax().plus(b.tax()));
    }
}
