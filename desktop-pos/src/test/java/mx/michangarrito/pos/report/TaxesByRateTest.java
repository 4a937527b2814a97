package mx.michangarrito.pos.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IVA and IEPS by rate in the report: IEPS is part of IVA's base, and returns come off both. */
class TaxesByRateTest {

    @TempDir
    Path dataDir;
    TestTerminal fx;
    Product soda;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dataDir);
        soda = fx.product("Refresco 2 L", 3_500, TaxRates.of(IvaRate.IVA_16, IepsRate.ofPercent("8")));
        fx.shifts.open(fx.cashierId, Money.ofPesos(200));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void iepsIsReportedApartAndInsideIvasBaseNetOfReturns() {
        Cart cart = new Cart();
        cart.addUnits(soda, BigDecimal.valueOf(3));
        CompletedSale sale = fx.sales.complete(cart, List.of(Tender.cash(cart.totals().total())), fx.cashierId);
        fx.returns.returnItems(sale.saleId(), Map.of(fx.firstLine(sale.saleId()), BigDecimal.ONE), TenderKind.CASH,
                fx.cashierId, "caducado");

        ReportService reports = fx.services().reports;
        SalesReport report = reports.salesReport(reports.today());

        assertEquals(2, report.taxes().size());
        SalesReport.TaxRow iva = report.taxes().get(0);
        SalesReport.TaxRow ieps = report.taxes().get(1);
        assertEquals("IVA_16", iva.rate());
        assertEquals("IEPS", ieps.kind());
        assertEquals("8", ieps.rate());
        assertEquals(ieps.base().plus(ieps.tax()), iva.base(), "IVA is charged on the price with IEPS");
        assertEquals(Money.ofCentavos(7_000), iva.base().plus(iva.tax()), "two bottles are left after the return");
        assertEquals(report.totals().net(), iva.base().plus(iva.tax()));
    }
}
