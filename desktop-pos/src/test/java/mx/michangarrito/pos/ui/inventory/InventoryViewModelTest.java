package mx.michangarrito.pos.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.stock.MovementReason;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.inventory.InventoryViewModel.MovementRow;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receiving, adjusting, counting and the low-stock list as the inventory screen drives them, without a stage. */
class InventoryViewModelTest {

    private static final String COKE = "7501055300846";

    @TempDir
    Path dir;
    private TestTerminal t;
    private InventoryViewModel model;
    private Product coke;
    private Product bread;

    @BeforeEach
    void open() {
        t = new TestTerminal(dir);
        Operator beto = new Operator(t.managerId, "Beto", Role.MANAGER, Instant.now());
        model = new InventoryViewModel(t.catalog, t.stock, t.services().purchases, beto, Texts.spanish(),
                t.services().shopZone());
        coke = t.catalog.create(new ProductDraft("Coca-Cola 600 ml", Optional.empty(), List.of(COKE), Optional.empty(),
                Unit.PIEZA, false, TaxRates.IVA_16, Money.ofPesos(12), Money.ofPesos(20), new BigDecimal("6"),
                Optional.empty(), true), Optional.empty());
        bread = t.product("Pan dulce", 1_050, TaxRates.IVA_0);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void receivingSeveralProductsIsOnePurchaseAndShowsInTheMovements() {
        ReceiveViewModel receive = model.receiveCard();
        receive.codeProperty().set(COKE);
        assertTrue(receive.lookUp());
        assertEquals("Coca-Cola 600 ml", receive.pendingProperty().get());
        assertEquals("$12.00", receive.costProperty().get(), "the current cost is offered");
        receive.quantityProperty().set("24");
        receive.costProperty().set("13.50");
        assertTrue(receive.addLine());
        receive.codeProperty().set("pan dul");
        assertTrue(receive.lookUp());
        receive.quantityProperty().set("0");
        assertFalse(receive.addLine());
        assertTrue(receive.messageProperty().get().startsWith("«0» no es una cantidad válida"));
        receive.quantityProperty().set("10");
        receive.costProperty().set("");
        assertTrue(receive.addLine());
        assertEquals("2 producto(s) · costo total $324.00", receive.totalProperty().get());
        receive.noteProperty().set("Factura A-17");
        assertTrue(receive.receive());
        assertEquals("Compra recibida: 2 producto(s) entraron al inventario.", model.messageProperty().get());

        assertEquals(0, new BigDecimal("24").compareTo(t.stock.onHand(coke.id())));
        assertEquals(0, new BigDecimal("10").compareTo(t.stock.onHand(bread.id())));
        assertEquals(t.stock.movements(coke.id()).getFirst().referenceId(), t.stock.movements(bread.id()).getFirst().referenceId());
        assertEquals(Money.ofCentavos(1_350), t.catalog.find(coke.id()).orElseThrow().cost());

        model.queryProperty().set(COKE);
        assertTrue(model.pick());
        assertEquals("Coca-Cola 600 ml · existencia 24 Pieza · mínimo 6", model.productInfoProperty().get());
        assertEquals(List.of(new MovementRow("23/11/2026 10:00", "Compra", "+24", "24", "Factura A-17")), model.movements());
    }

    @Test
    void anAdjustmentNeedsAQuantityAndKeepsItsReason() {
        t.stock.receivePurchase(coke.id(), new BigDecimal("10"), Optional.empty(), Optional.empty());
        assertFalse(model.adjust());
        assertEquals("Primero escanea o busca un producto (F1).", model.messageProperty().get());
        model.queryProperty().set("coca");
        assertTrue(model.pick());
        model.adjustQuantityProperty().set("dos");
        assertFalse(model.adjust());
        assertTrue(model.messageIsErrorProperty().get());
        model.adjustQuantityProperty().set("-2");
        model.adjustReasonProperty().set(InventoryViewModel.ADJUST_REASONS.indexOf("other"));
        assertFalse(model.adjust());
        assertEquals("Con el motivo «Otro» escribe una nota que explique el ajuste.", model.messageProperty().get());
        model.adjustReasonProperty().set(InventoryViewModel.ADJUST_REASONS.indexOf("expired"));
        model.adjustNoteProperty().set("lote de octubre");
        t.clock.advance(Duration.ofHours(8)); // 18:00 in Mexico City, 00:00 UTC next day
        assertTrue(model.adjust());
        assertEquals("Ajuste de -2 registrado para «Coca-Cola 600 ml».", model.messageProperty().get());
        assertEquals(new MovementRow("23/11/2026 18:00", "Ajuste", "-2", "8", "Caducado: lote de octubre"),
                model.movements().getFirst(), "the shop's date, not UTC's");
        assertEquals(MovementReason.ADJUSTMENT, t.stock.movements(coke.id()).getLast().reason());
    }

    @Test
    void aPhysicalCountRecordsOnlyTheDifference() {
        t.stock.receivePurchase(coke.id(), new BigDecimal("10"), Optional.empty(), Optional.empty());
        model.queryProperty().set(COKE);
        model.pick();
        model.countedProperty().set("7");
        assertTrue(model.count());
        assertEquals("Conteo de «Coca-Cola 600 ml»: 7. Se registró una diferencia de -3.", model.messageProperty().get());
        assertEquals(0, new BigDecimal("7").compareTo(t.stock.onHand(coke.id())));
        model.countedProperty().set("7");
        assertTrue(model.count());
        assertEquals("Conteo de «Coca-Cola 600 ml»: coincide con el sistema, no hubo diferencia.",
                model.messageProperty().get());
        assertEquals(2, t.stock.movements(coke.id()).size());
        model.countedProperty().set("-1");
        assertFalse(model.count());
        assertTrue(model.messageProperty().get().startsWith("«-1» no es una cantidad válida"));
    }

    @Test
    void theLowStockListShowsWhatIsMissing() {
        t.stock.receivePurchase(coke.id(), new BigDecimal("4"), Optional.empty(), Optional.empty());
        model.showLowStock();
        assertTrue(model.showingLowProperty().get());
        assertEquals(List.of(new InventoryViewModel.LowRow("Coca-Cola 600 ml", "4", "6", "2")), model.lowStock());
        assertEquals("1 producto(s) en o bajo su mínimo.", model.messageProperty().get());
        model.queryProperty().set("nada parecido");
        assertFalse(model.pick());
        assertEquals("No se encontró «nada parecido». Revisa el código o busca por nombre.", model.messageProperty().get());
    }
}
