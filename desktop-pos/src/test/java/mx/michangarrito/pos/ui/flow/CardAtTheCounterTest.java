package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.hardware.simulator.CardTerminalSimulator;
import mx.michangarrito.hardware.simulator.TerminalBehaviour;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Paying by card on the simulated Concert terminal at the counter (TestFX): approved, and declined then by hand. */
@ExtendWith(ApplicationExtension.class)
class CardAtTheCounterTest {

    private static final String COKE = "7501055300846";

    @TempDir
    static Path dir;
    private CounterFixture counter;
    private CardTerminalSimulator card;

    @Start
    void start(Stage stage) throws Exception {
        counter = new CounterFixture(Files.createTempDirectory(dir, "terminal"), stage);
        counter.terminal.product("Coca-Cola 600 ml", COKE, 2_000, TaxRates.IVA_16);
        card = counter.cardTerminal();
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    private void logInAndRingUpACoke(FxRobot robot) {
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, COKE);
        robot.type(KeyCode.F12);
        robot.lookup("#pay-amount").queryAs(TextField.class);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#pay-message").queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void anApprovedCardStoresTheSaleWithTheTerminalsAuthorisation(FxRobot robot) throws Exception {
        logInAndRingUpACoke(robot);
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> counter.terminal.count("Sale") == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2_000, card.requests().getFirst().amountCentavos());
        assertEquals("Tarjeta (A1B2C3 ************1234)  $20.00",
                robot.lookup("#tenders").queryAs(ListView.class).getItems().getFirst());
        assertTrue(visible(robot, "#pay-next"));
        robot.type(KeyCode.ENTER);
        robot.lookup("#search").queryAs(TextField.class);
    }

    @Test
    void aDeclinedCardSaysWhatToDoAndIsThenEnteredByHandWithTheVoucherNumber(FxRobot robot) throws Exception {
        card.behave(TerminalBehaviour.DECLINE);
        logInAndRingUpACoke(robot);
        robot.type(KeyCode.F2);
        // The manual field and the decline message are set by separate updates: wait for both.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> visible(robot, "#pay-reference") && !message(robot).startsWith("Cobrando"));
        String said = message(robot);
        assertTrue(said.contains("rechazada") && said.contains("F2"), said);
        assertEquals(0, counter.terminal.count("Sale"));

        robot.write("778899").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> counter.terminal.count("Sale") == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tarjeta (778899)  $20.00",
                robot.lookup("#tenders").queryAs(ListView.class).getItems().getFirst());
        assertEquals(1, card.requests().size());
    }
}
