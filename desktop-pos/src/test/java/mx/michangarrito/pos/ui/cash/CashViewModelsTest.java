package mx.michangarrito.pos.ui.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import mx.michangarrito.pos.cash.Denomination;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cash in/out and the corte de caja on a real terminal: $500 float, a $100 cash sale and a $50 card sale. */
class CashViewModelsTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private Operator caro;

    @BeforeEach
    void setUp() {
        terminal = new TestTerminal(dir);
        caro = terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN);
        terminal.product("Cerveza", "7501055300846", 10_000, TaxRates.IVA_16);
        terminal.product("Jabón", "1234567", 5_000, TaxRates.IVA_16);
    }

    @AfterEach
    void tearDown() {
        terminal.close();
    }

    private void openShiftAndSell() {
        terminal.shifts.open(terminal.cashierId, Money.ofPesos(500));
        Cart beer = new Cart();
        beer.add(terminal.catalog.scan("7501055300846"));
        terminal.sales.complete(beer, List.of(Tender.cash(Money.ofPesos(200))), terminal.cashierId);
        Cart soap = new Cart();
        soap.add(terminal.catalog.scan("1234567"));
        terminal.sales.complete(soap, List.of(Tender.card(Money.ofPesos(50), "A1")), terminal.cashierId);
    }

    @Test
    void cashOutNeedsAReasonAndCannotTakeMoreThanTheDrawerHolds() {
        openShiftAndSell();
        CashMovementViewModel out = new CashMovementViewModel(terminal.shifts, caro, Texts.spanish());
        out.amountProperty().set("200");
        assertNull(out.save());
        assertEquals("Escribe el motivo del movimiento de efectivo.", out.messageProperty().get());
        out.reasonProperty().set("Proveedor de refrescos");
        out.amountProperty().set("$5,000");
        assertNull(out.save());
        assertEquals("No puedes retirar $5,000.00: en la caja debería haber solo $600.00.", out.messageProperty().get());
        out.amountProperty().set("200");
        assertEquals("Salida de $200.00 registrada: Proveedor de refrescos.", out.save());

        CashMovementViewModel in = new CashMovementViewModel(terminal.shifts, caro, Texts.spanish());
        in.chooseOut(false);
        in.amountProperty().set("50");
        in.reasonProperty().set("Cambio");
        assertEquals("Entrada de $50.00 registrada: Cambio.", in.save());
    }

    @Test
    void withoutAShiftCashMovesAreExplained() {
        CashMovementViewModel in = new CashMovementViewModel(terminal.shifts, caro, Texts.spanish());
        in.chooseOut(false);
        in.amountProperty().set("50");
        in.reasonProperty().set("Cambio");
        assertNull(in.save());
        assertTrue(in.messageProperty().get().startsWith("No hay un turno abierto"));
    }

    @Test
    void theCountingFormAddsUpAndShowsShortOrOver() {
        openShiftAndSell();
        CorteViewModel corte = new CorteViewModel(terminal.corte, terminal.shifts, caro, Texts.spanish());
        assertTrue(corte.load());
        assertEquals("$600.00", corte.expectedCashProperty().get());
        assertEquals("$50.00", corte.cardCountedProperty().get());
        assertEquals("Faltan $600.00", corte.cashDifferenceProperty().get());

        row(corte, Denomination.B500).countProperty().set("1");
        row(corte, Denomination.B50).countProperty().set("1");
        row(corte, Denomination.P20).countProperty().set("2");
        assertEquals("$590.00", corte.countedCashProperty().get());
        assertEquals("$40.00", row(corte, Denomination.P20).subtotalProperty().get());
        assertEquals("Faltan $10.00", corte.cashDifferenceProperty().get());
        assertTrue(corte.cashShortProperty().get());
        row(corte, Denomination.M10).countProperty().set("2");
        assertEquals("Sobran $10.00", corte.cashDifferenceProperty().get());
        assertFalse(corte.cashShortProperty().get());
        row(corte, Denomination.M10).countProperty().set("1");
        assertEquals("Cuadra", corte.cashDifferenceProperty().get());
    }

    @Test
    void aCountThatIsNotDigitsStopsTheClosing() {
        openShiftAndSell();
        CorteViewModel corte = new CorteViewModel(terminal.corte, terminal.shifts, caro, Texts.spanish());
        corte.load();
        row(corte, Denomination.B100).countProperty().set("dos");
        assertEquals("?", row(corte, Denomination.B100).subtotalProperty().get());
        assertFalse(corte.close());
        assertEquals("«dos» no es un número de piezas válido para Billete de $100.00. Escribe solo dígitos.",
                corte.messageProperty().get());
        assertTrue(terminal.shifts.current().isPresent());
    }

    @Test
    void closingTheShiftRecordsCountsAndDifferences() {
        openShiftAndSell();
        CorteViewModel corte = new CorteViewModel(terminal.corte, terminal.shifts, caro, Texts.spanish());
        corte.load();
        row(corte, Denomination.B500).countProperty().set("1");
        row(corte, Denomination.B50).countProperty().set("1");
        row(corte, Denomination.P20).countProperty().set("2");
        corte.cardCountedProperty().set("50");
        assertTrue(corte.close());
        assertTrue(corte.closedProperty().get());
        assertEquals("Turno cerrado. Enter para salir. Efectivo: Faltan $10.00. Tarjeta: Cuadra. Transferencia: Cuadra."
                + " No hay impresora configurada: el reporte Z no se imprimió; anota las cifras de esta pantalla"
                + " antes de salir.", corte.messageProperty().get());
        assertTrue(terminal.shifts.current().isEmpty());
        var shiftId = terminal.corte.report(terminal.db.read(s -> s.createSelectionQuery("select id from Shift",
                java.util.UUID.class).getSingleResult())).tenders().get(TenderKind.CASH);
        assertEquals(Money.ofPesos(-10), shiftId.difference().orElseThrow());
    }

    @Test
    void noOpenShiftMeansNoCorte() {
        CorteViewModel corte = new CorteViewModel(terminal.corte, terminal.shifts, caro, Texts.spanish());
        assertFalse(corte.load());
        assertEquals("No hay un turno abierto: no hay corte que hacer.", corte.messageProperty().get());
        assertFalse(corte.close());
    }

    private static DenominationRow row(CorteViewModel corte, Denomination d) {
        return corte.rows().stream().filter(r -> r.denomination() == d).findFirst().orElseThrow();
    }
}
