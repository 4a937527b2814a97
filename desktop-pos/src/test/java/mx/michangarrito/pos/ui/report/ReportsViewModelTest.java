package mx.michangarrito.pos.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports section's view model, without a stage, on a real terminal. */
class ReportsViewModelTest {

    @TempDir
    Path dir;
    TestTerminal fx;
    ReportsViewModel model;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dir.resolve("data"));
        Product pan = fx.product("Pan, dulce \"concha\"", 1_050, TaxRates.IVA_0);
        fx.shifts.open(fx.cashierId, mx.michangarrito.shared.money.Money.ofPesos(100));
        Cart cart = new Cart();
        cart.addUnits(pan, BigDecimal.valueOf(2));
        fx.sales.complete(cart, List.of(Tender.cash(cart.totals().total())), fx.cashierId);
        model = new ReportsViewModel(fx.services().reports, Texts.spanish(), new InlineTaskExecutor());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void todayShowsTheNetSalesAndASummary() {
        model.show(ReportsViewModel.PeriodChoice.TODAY);
        assertEquals("$21.00", model.netProperty().get());
        assertTrue(model.summaryProperty().get().startsWith("23/11/2026: 1 ticket por $21.00"),
                model.summaryProperty().get());
        assertFalse(model.errorProperty().get());
    }

    @Test
    void typedDatesAreDayMonthYearAndMistakesSayHowToWriteThem() {
        model.fromProperty().set("2026-11-01");
        model.show(ReportsViewModel.PeriodChoice.CUSTOM);
        assertTrue(model.errorProperty().get());
        assertEquals("No se entiende la fecha. Escríbela como día/mes/año, por ejemplo 23/11/2026.",
                model.messageProperty().get());

        model.fromProperty().set("30/11/2026");
        model.toProperty().set("1/11/2026");
        model.show(ReportsViewModel.PeriodChoice.CUSTOM);
        assertTrue(model.messageProperty().get().contains("Escribe primero la fecha más antigua"));

        model.fromProperty().set("1/11/2026");
        model.toProperty().set("30/11/2026");
        model.show(ReportsViewModel.PeriodChoice.CUSTOM);
        assertFalse(model.errorProperty().get());
        assertEquals(30, model.reportProperty().get().byDay().size());
        assertEquals("$21.00", model.netProperty().get());
    }

    @Test
    void exportWritesUtf8WithBomAndQuotesWhatNeedsIt() throws IOException {
        model.show(ReportsViewModel.PeriodChoice.TODAY);
        Path file = dir.resolve("productos.csv");
        model.export(ReportTable.PRODUCTS, file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("Producto,Cantidad,Venta neta,Base sin impuestos,Costo unitario,Margen\r\n"
                + "\"Pan, dulce \"\"concha\"\"\",2,21.00,21.00,,\r\n", text);
        assertEquals("Se guardaron 1 renglones en " + file.toAbsolutePath() + ".", model.messageProperty().get());
        assertEquals("productos-2026-11-23.csv", model.suggestedFileName(ReportTable.PRODUCTS));
    }

    @Test
    void anExportToAFolderThatDoesNotExistSaysWhatToDo() {
        model.show(ReportsViewModel.PeriodChoice.TODAY);
        model.export(ReportTable.DAYS, dir.resolve("no-such-folder").resolve("dias.csv"));
        assertTrue(model.errorProperty().get());
        assertTrue(model.messageProperty().get().startsWith("No se pudo guardar el archivo"), model.messageProperty().get());
    }
}
