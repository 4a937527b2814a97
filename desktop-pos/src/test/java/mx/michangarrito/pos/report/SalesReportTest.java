package mx.michangarrito.pos.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sales report on a real terminal: net of voids and returns, in the shop's days and hours. */
class SalesReportTest {

    @TempDir
    Path dataDir;
    TestTerminal fx;
    ReportService reports;
    Product soap;
    Product bread;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dataDir);
        reports = fx.services().reports;
        // Monday 23 Nov 2026, 10:00 in Mexico City (UTC-6).
        fx.clock.set(Instant.parse("2026-11-23T16:00:00Z"));
        soap = fx.catalog.create(new ProductDraft("Jabón Zote", Optional.empty(), List.of("7501026005688"),
                Optional.empty(), Unit.PIEZA, false, TaxRates.IVA_16, Money.ofCentavos(700), Money.ofCentavos(1160),
                BigDecimal.ZERO, Optional.empty(), true), Optional.empty());
        bread = fx.product("Bolillo", 250, TaxRates.IVA_0);
        fx.shifts.open(fx.cashierId, Money.ofPesos(200));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private CompletedSale sell(Product product, int pieces) {
        Cart cart = new Cart();
        cart.addUnits(product, BigDecimal.valueOf(pieces));
        return fx.sales.complete(cart, List.of(Tender.cash(cart.totals().total())), fx.cashierId);
    }

    @Test
    void voidedSalesCountNowhereAndReturnsAreSubtracted() {
        CompletedSale kept = sell(soap, 3);            // $34.80
        sell(bread, 4);                                 // $10.00
        CompletedSale voided = sell(soap, 1);           // $11.60, voided
        fx.voids.voidSale(voided.saleId(), "error", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN);
        fx.clock.advance(Duration.ofHours(2));
        fx.returns.returnItems(kept.saleId(), Map.of(fx.firstLine(kept.saleId()), BigDecimal.ONE), TenderKind.CASH,
                fx.cashierId, "roto");                  // −$11.60 at 12:00

        SalesReport report = reports.salesReport(reports.today());

        assertEquals(2, report.totals().tickets());
        assertEquals(1, report.totals().voided());
        assertEquals(1, report.totals().returns());
        assertEquals(Money.ofCentavos(4480), report.totals().sold());
        assertEquals(Money.ofCentavos(1160), report.totals().refunded());
        assertEquals(Money.ofCentavos(3320), report.totals().net());
        assertEquals(List.of(new SalesReport.DayRow(LocalDate.of(2026, 11, 23), 2, Money.ofCentavos(3320))),
                report.byDay());
        assertEquals(Money.ofCentavos(4480), report.byHour().get(10).net());
        assertEquals(2, report.byHour().get(10).tickets());
        assertEquals(Money.ofCentavos(-1160), report.byHour().get(12).net());

        SalesReport.ProductRow soapRow = report.products().getFirst();
        assertEquals("Jabón Zote", soapRow.name());
        assertEquals(0, new BigDecimal(2).compareTo(soapRow.quantity()));
        assertEquals(Money.ofCentavos(2320), soapRow.net());
        assertEquals(Money.ofCentavos(2000), soapRow.base());
        assertEquals(Money.ofCentavos(600), soapRow.margin(), "2 × ($10.00 base − $7.00 cost)");
        assertEquals(new SalesReport.Margin(Money.ofCentavos(2000), Money.ofCentavos(1400), Money.ofCentavos(600),
                Money.ofCentavos(1000), 0), report.margin(), "bread has no cost: its base is shown apart");
        assertEquals(0, new BigDecimal("30.0").compareTo(report.margin().percent()));

        assertEquals(List.of(new SalesReport.TaxRow("IVA", "IVA_0", Money.ofCentavos(1000), Money.ZERO),
                new SalesReport.TaxRow("IVA", "IVA_16", Money.ofCentavos(2000), Money.ofCentavos(320))), report.taxes());
        assertEquals(1, report.cashiers().size());
        assertEquals("Caro", report.cashiers().getFirst().name());
        assertEquals(Money.ofCentavos(3320), report.cashiers().getFirst().net());
    }

    @Test
    void theShopsDayDecidesWhereALateSaleGoesAndEmptyDaysAreListed() {
        fx.clock.set(Instant.parse("2026-11-24T05:30:00Z")); // 23:30 on Monday 23 in Mexico City
        sell(bread, 2);
        fx.clock.set(Instant.parse("2026-11-25T18:00:00Z")); // Wednesday 12:00
        SalesReport week = reports.salesReport(reports.thisWeek());
        assertEquals(LocalDate.of(2026, 11, 23), week.period().from());
        assertEquals(3, week.byDay().size());
        assertEquals(Money.ofCentavos(500), week.byDay().get(0).net());
        assertEquals(Money.ZERO, week.byDay().get(1).net());
        assertEquals(Money.ofCentavos(500), week.byHour().get(23).net());
        assertEquals(Money.ZERO, reports.salesReport(reports.today()).totals().net());
    }

    @Test
    void fiadosOutstandingAreInTheReport() {
        var customer = fx.customers.create(new mx.michangarrito.pos.fiado.CustomerDraft("Doña Rosa", Optional.empty(),
                Money.ofPesos(500), Optional.empty()), Optional.empty());
        Cart cart = new Cart();
        cart.addUnits(bread, BigDecimal.TEN);
        fx.sales.complete(cart, List.of(Tender.fiado(cart.totals().total(), customer.id())), fx.cashierId);
        SalesReport report = reports.salesReport(reports.thisMonth());
        assertEquals(1, report.fiados().size());
        assertEquals(Money.ofCentavos(2500), report.fiados().getFirst().balance());
    }

    @Test
    void aCostChangedAfterASaleDoesNotMoveThatSalesMargin() {
        sell(soap, 2); // base $10.00 each, cost $7.00 when sold
        SalesReport before = reports.salesReport(reports.today());
        assertEquals(Money.ofCentavos(600), before.margin().margin());
        fx.db.writeVoid(s -> fx.catalog.recordCost(s, soap.id(), Money.ofCentavos(900), Optional.of(fx.managerId)));
        SalesReport after = reports.salesReport(reports.today());
        assertEquals(before.margin(), after.margin());
        assertEquals(Money.ofCentavos(700), after.products().getFirst().unitCost());
        assertEquals(0, after.margin().linesWithoutRecordedCost());

        sell(soap, 1); // sold at the new cost: $10.00 − $9.00
        assertEquals(Money.ofCentavos(700), reports.salesReport(reports.today()).margin().margin());
    }

    @Test
    void linesSoldBeforeCostsWereRecordedUseTheCurrentCostAndAreCounted() {
        sell(soap, 2);
        sell(bread, 4);
        fx.db.writeVoid(s -> s.createNativeMutationQuery("update sale_line set unit_cost_centavos = null")
                .executeUpdate()); // as rows written before V17
        fx.db.writeVoid(s -> fx.catalog.recordCost(s, soap.id(), Money.ofCentavos(800), Optional.of(fx.managerId)));
        SalesReport.Margin m = reports.salesReport(reports.today()).margin();
        assertEquals(Money.ofCentavos(400), m.margin(), "2 × ($10.00 − $8.00 current cost)");
        assertEquals(1, m.linesWithoutRecordedCost(), "the soap line; bread has no cost to fall back on");
        assertEquals(Money.ofCentavos(1000), m.baseWithoutCost(), "bread has no cost at all");
    }

    @Test
    void aPeriodBackwardsIsRefusedWithWhatToDo() {
        ReportException e = assertThrows(ReportException.class,
                () -> reports.between(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 1)));
        assertEquals(ReportException.Reason.BAD_PERIOD, e.reason());
        assertTrue(e.userMessage().spanish().contains("Escribe primero la fecha más antigua"));
    }
}
