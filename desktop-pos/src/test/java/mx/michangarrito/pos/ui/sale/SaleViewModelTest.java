package mx.michangarrito.pos.ui.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sale screen's logic on a real terminal, without the JavaFX toolkit. */
class SaleViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private SaleViewModel sale;

    @BeforeEach
    void setUp() {
        terminal = new TestTerminal(dir);
        terminal.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
        terminal.product("Pan dulce", "1234567", 1_050, TaxRates.IVA_0);
        terminal.weighed("Jamón", "1", 16_000);
        Operator caro = terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN);
        sale = new SaleViewModel(terminal.catalog, terminal.sales, terminal.services().parked, terminal.users, caro,
                Texts.spanish());
    }

    @AfterEach
    void tearDown() {
        terminal.close();
    }

    @Test
    void scanningTwiceAddsOneLineWithTwoPiecesAndShowsTheTotal() {
        assertTrue(sale.scan("7501055300846"));
        assertTrue(sale.scan("7501055300846"));
        assertEquals(1, sale.lines().size());
        assertEquals("2", sale.lines().getFirst().quantity());
        assertEquals("$40.00", sale.totalProperty().get());
        assertEquals(0, sale.selectedProperty().get());
        assertFalse(sale.messageIsErrorProperty().get());
    }

    @Test
    void aListenerOnTheLinesKeepsHearingAfterAGarbageCollection() throws InterruptedException {
        // The sale screen and the customer display listen to lines() without keeping the list they got; a fresh
        // read-only view per call followed the cart weakly, so after a collection they heard nothing more.
        assertSame(sale.lines(), sale.lines());
        assertSame(sale.searchResults(), sale.searchResults());
        java.util.List<Integer> heard = new java.util.ArrayList<>();
        sale.lines().addListener((javafx.collections.ListChangeListener<LineRow>) c -> heard.add(sale.lines().size()));
        sale.searchResults().addListener((javafx.collections.ListChangeListener<Object>) c -> heard.add(-1));
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        sale.scan("7501055300846");
        sale.search("pan");
        assertEquals(java.util.List.of(1, -1), heard);
    }

    @Test
    void anUnknownBarcodeSaysSoInSpanishAndLeavesTheCartAlone() {
        sale.scan("7501055300846");
        assertFalse(sale.scan("7501000000005"));
        assertTrue(sale.messageIsErrorProperty().get());
        assertTrue(sale.messageProperty().get().startsWith("No hay ningún producto con el código"),
                sale.messageProperty().get());
        assertEquals(1, sale.lines().size());
    }

    @Test
    void aBarcodeWithAWrongCheckDigitOrGarbageIsAMessageNotACrash() {
        assertFalse(sale.scan("7501055300847"));
        assertTrue(sale.messageProperty().get().contains("dígito verificador incorrecto"));
        assertFalse(sale.scan("   "));
        assertTrue(sale.messageProperty().get().contains("no sirve como código de barras"));
        assertTrue(sale.lines().isEmpty());
    }

    @Test
    void aWeighedProductWaitsForItsWeight() {
        sale.search("jamon");
        assertEquals(1, sale.searchResults().size());
        sale.addProduct(sale.searchResults().getFirst().id());
        assertNotNull(sale.awaitingWeightProperty().get());
        assertTrue(sale.lines().isEmpty());

        assertFalse(sale.enterWeight("0,5"));
        assertTrue(sale.messageIsErrorProperty().get());
        assertTrue(sale.enterWeight("0.750"));
        assertNull(sale.awaitingWeightProperty().get());
        assertEquals("0.750 kg", sale.lines().getFirst().quantity());
        assertEquals("$120.00", sale.totalProperty().get());
    }

    @Test
    void aScaleLabelAddsTheWeighedLineDirectly() {
        assertTrue(sale.scan("2100001005009"));
        assertEquals("0.500 kg", sale.lines().getFirst().quantity());
        assertEquals("$80.00", sale.totalProperty().get());
    }

    @Test
    void quantityEditAndDeleteWorkOnTheSelectedLine() {
        sale.scan("7501055300846");
        sale.scan("1234567");
        sale.select(0);
        assertFalse(sale.setQuantity("cero"));
        assertTrue(sale.messageProperty().get().contains("no es una cantidad válida"));
        assertTrue(sale.setQuantity("3"));
        assertEquals("$70.50", sale.totalProperty().get());
        sale.deleteSelected();
        assertEquals(1, sale.lines().size());
        assertEquals("Pan dulce", sale.lines().getFirst().description());
        assertEquals("$10.50", sale.totalProperty().get());
    }

    @Test
    void editingWithNoLineSelectedAsksToPickOne() {
        assertFalse(sale.setQuantity("2"));
        assertEquals("Primero elige una línea del carrito con ↑ ↓.", sale.messageProperty().get());
    }

    @Test
    void aDiscountAboveTheLimitNeedsAManagersPin() {
        sale.scan("7501055300846");
        assertTrue(sale.ticketDiscount("5%"));
        assertFalse(sale.needsDiscountApproval());
        assertTrue(sale.ticketDiscount("50%"));
        assertEquals("$10.00", sale.totalProperty().get());
        assertTrue(sale.needsDiscountApproval());

        assertFalse(sale.approveDiscounts(terminal.managerId, "0000"));
        assertTrue(sale.messageProperty().get().startsWith("PIN incorrecto"), sale.messageProperty().get());
        assertTrue(sale.needsDiscountApproval());
        assertTrue(sale.approveDiscounts(terminal.managerId, TestTerminal.MANAGER_PIN));
        assertFalse(sale.needsDiscountApproval());
    }

    @Test
    void aBadDiscountIsRefusedWithAMessage() {
        sale.scan("7501055300846");
        sale.select(0);
        assertFalse(sale.lineDiscount("150%"));
        assertTrue(sale.messageIsErrorProperty().get());
        assertFalse(sale.lineDiscount("5,50"));
        assertTrue(sale.messageProperty().get().contains("coma decimal"));
        assertTrue(sale.lineDiscount("$5"));
        assertEquals("-$5.00", sale.lines().getFirst().discount());
        assertEquals("$15.00", sale.totalProperty().get());
    }

    @Test
    void parkingClearsTheCartAndResumingBringsItBack() {
        sale.scan("7501055300846");
        sale.scan("1234567");
        assertTrue(sale.park("Señora del 5"));
        assertTrue(sale.lines().isEmpty());
        assertEquals("$0.00", sale.totalProperty().get());

        sale.scan("1234567");
        var waiting = sale.parkedSales();
        assertEquals(1, waiting.size());
        assertFalse(sale.resume(waiting.getFirst().id()));
        assertEquals("Termina o pon en espera la venta actual antes de retomar otra.", sale.messageProperty().get());

        sale.cancelSale();
        assertTrue(sale.resume(waiting.getFirst().id()));
        assertEquals(2, sale.lines().size());
        assertEquals("$30.50", sale.totalProperty().get());
        assertTrue(sale.parkedSales().isEmpty());
    }

    @Test
    void parkingAnEmptyCartIsRefused() {
        assertFalse(sale.park("nada"));
        assertEquals("No hay productos en la venta.", sale.messageProperty().get());
    }

    @Test
    void searchFindsByNameIgnoringAccents() {
        sale.search("coca");
        assertEquals("Coca-Cola 600 ml", sale.searchResults().getFirst().name());
        assertEquals(Money.ofCentavos(2_000), sale.searchResults().getFirst().price());
        sale.search("");
        assertTrue(sale.searchResults().isEmpty());
    }
    @Test
    void typingTheStartOfABarcodeListsItsProductAndTheWholeCodeStillScans() {
        sale.search("75010");
        assertEquals(1, sale.searchResults().size());
        assertEquals("Coca-Cola 600 ml", sale.searchResults().getFirst().name());
        sale.search("12345");
        assertEquals("Pan dulce", sale.searchResults().getFirst().name());
        assertTrue(sale.isBarcode("7501055300846"));
        assertFalse(sale.isBarcode("75010"));
        assertTrue(sale.scan("7501055300846"));
        assertEquals(1, sale.lines().size());
    }
}
