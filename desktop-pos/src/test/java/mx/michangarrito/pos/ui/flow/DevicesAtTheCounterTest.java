package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The counter's devices in demo mode (TestFX): tickets on the virtual printer (preview, drawer, paper-out
 * banner, reprint) and the sale on the virtual customer display.
 */
@ExtendWith(ApplicationExtension.class)
class DevicesAtTheCounterTest {

    private static final String COKE = "7501055300846";

    @TempDir
    static Path dir;
    private CounterFixture counter;

    @Start
    void start(Stage stage) throws Exception {
        counter = new CounterFixture(java.nio.file.Files.createTempDirectory(dir, "terminal"), stage, true);
        counter.terminal.product("Coca-Cola 600 ml", COKE, 2_000, TaxRates.IVA_16);
        counter.terminal.weighed("Jamón de pierna", "1", 16_000);
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    private void logInAndSellACokeForFiftyPesos(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, COKE);
        robot.type(KeyCode.F12).type(KeyCode.F5).type(KeyCode.ENTER); // a $50 bill, next sale
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void aPaidSalePrintsItsTicketOpensTheDrawerAndThePreviewClosesWithEscape(FxRobot robot) throws Exception {
        logInAndSellACokeForFiftyPesos(robot);
        waitUntil(() -> visible(robot, "#ticket-preview"));
        assertTrue(counter.paper.receipts().getFirst().text().contains("CAJA1-1"));
        assertTrue(counter.paper.awaitDrawerKicks(1, Duration.ofSeconds(20)));
        assertTrue(robot.lookup("#key-f11").tryQuery().isPresent(), "the reprint key is on screen");

        robot.type(KeyCode.ESCAPE);
        assertFalse(visible(robot, "#ticket-preview"));
        counter.scan(robot, COKE);
        assertEquals(1, robot.lookup("#cart").queryAs(TableView.class).getItems().size(), "the next sale goes on");
    }

    @Test
    void paperOutShowsABannerTheSaleGoesOnAndTheTicketPrintsOnceThePaperIsBack(FxRobot robot) throws Exception {
        counter.paper.paperOut(true);
        logInAndSellACokeForFiftyPesos(robot);
        assertEquals(1, counter.terminal.count("Sale"), "the sale is stored whatever the printer does");
        waitUntil(() -> visible(robot, "#printer-banner"));
        String banner = robot.lookup("#printer-banner").queryAs(Label.class).getText();
        assertTrue(banner.contains("no tiene papel. Pon un rollo nuevo") && banner.contains("Ctrl+P"), banner);
        assertTrue(counter.paper.receipts().isEmpty());

        counter.scan(robot, COKE); // the banner blocks nothing
        assertEquals(1, robot.lookup("#cart").queryAs(TableView.class).getItems().size());

        counter.paper.paperOut(false);
        assertTrue(counter.paper.awaitReceipts(1, Duration.ofSeconds(20)));
        waitUntil(() -> !visible(robot, "#printer-banner"));

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertTrue(counter.paper.awaitReceipts(2, Duration.ofSeconds(20)));
        assertTrue(counter.paper.receipts().get(1).text().contains("REIMPRESIÓN"));
        assertEquals(1, counter.terminal.count("Sale"));
    }

    @Test
    void closingTheShiftPrintsTheZReportAndF5PrintsItAgain(FxRobot robot) throws Exception {
        logInAndSellACokeForFiftyPesos(robot);
        assertTrue(counter.paper.awaitReceipts(1, Duration.ofSeconds(20)));
        robot.type(KeyCode.ESCAPE).type(KeyCode.F8);
        robot.lookup("#counted-cash").queryAs(Label.class);
        robot.write("1").type(KeyCode.ENTER); // one $1,000 bill against $520 expected
        robot.type(KeyCode.F12);
        assertTrue(text(robot, "#corte-message").endsWith("Se mandó a imprimir el reporte Z (F5 lo imprime otra vez)."),
                text(robot, "#corte-message"));
        assertTrue(counter.paper.awaitReceipts(2, Duration.ofSeconds(20)));
        String z = counter.paper.receipts().get(1).text();
        assertTrue(z.contains("CORTE DE CAJA (REPORTE Z)") && z.contains("$520.00") && z.contains("$1,000.00")
                && z.contains("Sobrante") && z.contains("$480.00"), z);
        robot.type(KeyCode.F5);
        assertTrue(counter.paper.awaitReceipts(3, Duration.ofSeconds(20)));
        assertEquals(z, counter.paper.receipts().get(2).text());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theCustomerSeesEachItemWithTheTotalThenWhatTheyPaidAndTheChange(FxRobot robot) throws Exception {
        Duration wait = Duration.ofSeconds(20);
        CounterFixture.cashierOpensTheShift(robot);
        assertTrue(counter.screen.awaitLines("     BIENVENIDO", " MiChangarrito POS", wait), counter.screen.lines().toString());

        counter.scan(robot, COKE);
        assertTrue(counter.screen.awaitLines("Coca-Cola 600 $20.00", "TOTAL         $20.00", wait),
                counter.screen.lines().toString());
        robot.type(KeyCode.F12);
        assertTrue(counter.screen.awaitLines("TOTAL         $20.00", "", wait), counter.screen.lines().toString());
        robot.type(KeyCode.F5);
        assertTrue(counter.screen.awaitLines("SU PAGO       $50.00", "CAMBIO        $30.00", wait),
                counter.screen.lines().toString());
    }

    @Test
    void aWeighedProductTakesItsWeightFromTheScaleAndTheSaleGoesOn(FxRobot robot) throws Exception {
        counter.scale.setWeight(new java.math.BigDecimal("0.750"));
        CounterFixture.cashierOpensTheShift(robot);

        robot.write("jamón").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#cart").queryAs(TableView.class).getItems().size() == 1);
        assertEquals("$120.00", robot.lookup("#total").queryAs(Label.class).getText());
        counter.scan(robot, COKE); // the weight prompt closed by itself: the scan lands in the cart
        assertEquals(2, robot.lookup("#cart").queryAs(TableView.class).getItems().size());
    }
}
