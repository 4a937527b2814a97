package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.simulator.SimulatedDevices;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cashier's key flows, keyboard only, on the real screens (TestFX, headless). */
@ExtendWith(ApplicationExtension.class)
class SellAtTheCounterTest {

    private static final String COKE = "7501055300846";

    @TempDir
    static Path dir;
    private CounterFixture counter;

    @Start
    void start(Stage stage) throws Exception {
        Path own = java.nio.file.Files.createTempDirectory(dir, "terminal");
        counter = new CounterFixture(own, stage);
        counter.terminal.product("Coca-Cola 600 ml", COKE, 2_000, TaxRates.IVA_16);
        counter.terminal.product("Pan dulce", "1234567", 1_050, TaxRates.IVA_0);
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static int cartLines(FxRobot robot) {
        return robot.lookup("#cart").queryAs(TableView.class).getItems().size();
    }

    @Test
    void loginScanPayAndTheChangeIsShown(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, COKE);
        counter.scan(robot, COKE);
        assertEquals("$40.00", text(robot, "#total"));
        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText(), "the scan is taken out of the box");

        robot.type(KeyCode.F12);
        assertEquals("$40.00", text(robot, "#pay-total"));
        robot.type(KeyCode.F5); // a $50 bill
        assertEquals("$10.00", text(robot, "#pay-change"));
        assertEquals(1, counter.terminal.count("Sale"));

        robot.type(KeyCode.ENTER); // next sale
        assertTrue(robot.lookup("#pay-total").tryQuery().isEmpty());
        assertEquals("$0.00", text(robot, "#total"));
        assertEquals("Venta CAJA1-1 guardada. Cambio: $10.00", text(robot, "#sale-message"));
    }

    @Test
    void typingANameSearchesAndEnterAddsTheOnlyResult(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        robot.write("pan dul");
        // the results come a moment after the last key (SearchBox.PAUSE)
        assertDoesNotThrow(() -> WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#results").queryListView().getItems().size() == 1));
        robot.type(KeyCode.ENTER);
        assertEquals("$10.50", text(robot, "#total"));
        robot.type(KeyCode.F2);
        robot.eraseText(1).write("3").type(KeyCode.ENTER);
        assertEquals("$31.50", text(robot, "#total"));
        robot.type(KeyCode.DELETE);
        assertEquals(0, cartLines(robot));
    }

    @Test
    void aBarcodeTypedByHandIsNotAScanButEnterStillRingsItUp(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        robot.write(COKE);
        assertEquals(COKE, robot.lookup("#search").queryAs(TextField.class).getText(), "slow typing stays in the box");
        robot.type(KeyCode.ENTER);
        assertEquals(1, cartLines(robot));
        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText());
    }

    @Test
    void aWrongBarcodeIsAMessageAndTheSaleGoesOn(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, "7501000000005");
        assertTrue(text(robot, "#sale-message").startsWith("No hay ningún producto con el código 7501000000005"));
        counter.scan(robot, COKE);
        assertEquals(1, cartLines(robot));
    }

    @Test
    void parkAndResume(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, COKE);
        robot.type(KeyCode.F5).write("Señora del 5").type(KeyCode.ENTER);
        assertEquals(0, cartLines(robot));
        assertEquals("$0.00", text(robot, "#total"));

        robot.type(KeyCode.F6);
        assertEquals(1, robot.lookup("#parked").queryListView().getItems().size());
        robot.type(KeyCode.ENTER);
        assertEquals(1, cartLines(robot));
        assertEquals("$20.00", text(robot, "#total"));
        assertTrue(counter.terminal.services().parked.list().isEmpty());
    }

    @Test
    void aDiscountAboveTheLimitAsksForTheManagersPinBeforePaying(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, COKE);
        robot.type(KeyCode.F4).write("50%").type(KeyCode.ENTER);
        assertEquals("$10.00", text(robot, "#total"));
        robot.type(KeyCode.F12);
        robot.lookup("#approval-pin").queryAs(TextField.class);
        robot.write("9999").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#pay-total").tryQuery().isEmpty(), "a wrong PIN does not open the payment");
        robot.write(TestTerminal.MANAGER_PIN).type(KeyCode.ENTER);
        assertEquals("$10.00", text(robot, "#pay-total"));
        robot.type(KeyCode.F9); // exact cash
        assertEquals(1, counter.terminal.count("Sale"));
    }

    @Test
    void cashOutThenCorteWithTheCountingFormClosesTheShift(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, COKE);
        robot.type(KeyCode.F12).type(KeyCode.F9).type(KeyCode.ENTER); // $20 exact cash, next sale
        robot.type(KeyCode.F7).type(KeyCode.F2).write("100").type(KeyCode.ENTER).write("Proveedor de pan")
                .type(KeyCode.ENTER);
        assertEquals("Salida de $100.00 registrada: Proveedor de pan.", text(robot, "#sale-message"));

        robot.type(KeyCode.F8);
        assertEquals("Faltan $420.00", text(robot, "#cash-difference"));
        robot.type(KeyCode.ENTER, KeyCode.ENTER).write("2").type(KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER).write("1");
        assertEquals("$420.00", text(robot, "#counted-cash"));
        assertEquals("Cuadra", text(robot, "#cash-difference"));
        robot.type(KeyCode.F12);
        assertTrue(text(robot, "#corte-message").startsWith("Turno cerrado."), text(robot, "#corte-message"));
        assertTrue(counter.terminal.shifts.current().isEmpty());
        robot.type(KeyCode.ENTER);
        assertEquals(3, robot.lookup("#staff").queryListView().getItems().size(), "back at the login");
    }

    @Test
    void escapeFromTheCorteGoesBackToTheSameSale(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, COKE);
        robot.type(KeyCode.F8);
        robot.lookup("#counted-cash").queryAs(Label.class);
        robot.type(KeyCode.ESCAPE);
        assertEquals("$20.00", text(robot, "#total"));
        counter.scan(robot, COKE);
        assertEquals("$40.00", text(robot, "#total"));
    }

    @Test
    void fiadoAboveTheLimitIsAllowedByTheManagersPin(FxRobot robot) {
        var lupe = counter.terminal.customers.create(new mx.michangarrito.pos.fiado.CustomerDraft("Lupe Ramírez",
                java.util.Optional.empty(), Money.ofPesos(10), java.util.Optional.empty()), java.util.Optional.empty());
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, COKE);
        robot.type(KeyCode.F12).type(KeyCode.F4).write("lupe").type(KeyCode.ENTER);
        assertTrue(text(robot, "#pay-message").startsWith("A Lupe Ramírez solo le quedan $10.00"));
        robot.write(TestTerminal.MANAGER_PIN).type(KeyCode.ENTER); // Beto is first in the list
        assertEquals("$0.00", text(robot, "#pay-change"));
        assertEquals(Money.ofPesos(20), counter.terminal.fiado.balance(lupe.id()));
    }

    @Test
    void aSerialScannerScanLandsInTheCart(FxRobot robot) throws TimeoutException {
        CounterFixture.cashierOpensTheShift(robot);
        try (var scanner = SimulatedDevices.scanner("scanner", SimUri.DEFAULT, java.time.Clock.systemUTC())) {
            counter.devices.attach(scanner.device());
            scanner.device().start(java.time.Duration.ofSeconds(5));
            scanner.simulator().scan(COKE);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cartLines(robot) == 1);
            // The rows and the total are set in one FX event; let it finish before reading the total.
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals("$20.00", text(robot, "#total"));
        assertEquals(Money.ofPesos(500), counter.terminal.shifts.current().orElseThrow().openingFloat());
    }
}
