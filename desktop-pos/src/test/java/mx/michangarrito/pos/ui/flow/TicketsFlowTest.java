package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A cashier finds a sale in the tickets section, reprints it and voids it with the manager's PIN (TestFX). */
@ExtendWith(ApplicationExtension.class)
class TicketsFlowTest {

    private static final String COKE = "7501055300846";

    @TempDir
    static Path dir;
    private CounterFixture counter;

    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        counter = new CounterFixture(java.nio.file.Files.createTempDirectory(dir, "terminal"), stage, true);
        counter.terminal.product("Coca-Cola 600 ml", COKE, 2_000, TaxRates.IVA_16);
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aSaleIsFoundByFolioReprintedAndVoidedWithTheManagersPin(FxRobot robot) throws Exception {
        CounterFixture.cashierOpensTheShift(robot);
        counter.scan(robot, COKE);
        robot.type(KeyCode.F12).type(KeyCode.F5).type(KeyCode.ENTER); // a $50 bill, next sale
        assertTrue(counter.paper.awaitReceipts(1, Duration.ofSeconds(20)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visible(robot, "#ticket-preview"));
        robot.type(KeyCode.ESCAPE);

        robot.type(KeyCode.F11);
        robot.lookup("#tickets").query();
        robot.clickOn("#tickets-folio");
        robot.write("CAJA1-1").type(KeyCode.ENTER);
        assertEquals(1, robot.lookup("#tickets-list").queryAs(ListView.class).getItems().size());
        assertEquals("1 venta(s) encontrada(s). Elige una con las flechas.", text(robot, "#tickets-message"));

        robot.type(KeyCode.F3);
        assertTrue(counter.paper.awaitReceipts(2, Duration.ofSeconds(20)));
        String copy = counter.paper.receipts().get(1).text();
        assertTrue(copy.contains("REIMPRESIÓN") && copy.contains("CAJA1-1"), copy);

        robot.type(KeyCode.F4);
        robot.lookup("#void-card").query();
        robot.write("el cliente se arrepintió").type(KeyCode.ENTER); // reason → PIN
        robot.write(TestTerminal.MANAGER_PIN).type(KeyCode.ENTER);
        assertTrue(robot.lookup("#void-card").tryQuery().isEmpty(), "voided and closed");
        assertEquals("La venta CAJA1-1 quedó cancelada: el inventario, la caja y el fiado ya se ajustaron.",
                text(robot, "#tickets-message"));
        assertEquals(1, counter.terminal.count("SaleVoid"));
        assertTrue(robot.lookup("#tickets-detail").queryAs(ListView.class).getItems()
                .contains("ESTA VENTA ESTÁ CANCELADA"));
    }
}
