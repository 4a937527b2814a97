package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.demo.DemoShop;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.ui.CounterFlow;
import mx.michangarrito.pos.ui.firstrun.FirstRunViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Trying the app on a brand-new terminal: F9 on the first-run screen makes the demo shop and opens the shift
 * as the demo owner; a demo barcode rings up; after logging out the login shows the demo owner and PIN.
 */
@ExtendWith(ApplicationExtension.class)
class DemoShopFlowTest {

    @TempDir
    static Path dir;
    private FreshTerminalFixture fresh;
    private PosServices pos;
    private CounterFlow flow;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        fresh = new FreshTerminalFixture(dir, stage, true);
        pos = fresh.pos;
        flow = fresh.flow;
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        fresh.close();
    }

    @Test
    void f9MakesTheDemoShopAndADemoBarcodeRingsUp(FxRobot robot) {
        String note = robot.lookup("#demo-note").queryAs(Label.class).getText();
        assertTrue(note.contains("Usuario Demo") && note.contains("PIN 1234"), "the PIN is on screen: " + note);
        robot.lookup("#business-name").queryAs(TextField.class);
        robot.type(KeyCode.F9);

        assertNotNull(robot.lookup("#float").queryAs(TextField.class), "the demo owner is in and opens the shift");
        assertEquals("Tienda de demostración", pos.settings.get(FirstRunViewModel.SHOP_NAME).orElseThrow());
        assertEquals("sim:", pos.settings.get(PrinterOutput.PRINTER_SETTING).orElseThrow());
        robot.write("500").type(KeyCode.ENTER);
        robot.lookup("#search").queryAs(TextField.class);
        robot.write(DemoShop.barcode(1)).type(KeyCode.ENTER);
        assertEquals(1, robot.lookup("#cart").queryAs(TableView.class).getItems().size());
        assertEquals("$20.00", robot.lookup("#total").queryAs(Label.class).getText(), "Coca-Cola 600 ml");

        Platform.runLater(flow::login);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String hint = robot.lookup("#demo-hint").queryAs(Label.class).getText();
        assertTrue(hint.contains("Usuario Demo") && hint.contains("1234"), hint);
        assertEquals(List.of(), LayoutCheck.atEverySize(robot, stage, "login of a demo shop"));
        robot.write(FirstRunViewModel.DEMO_PIN).type(KeyCode.ENTER);
        assertTrue(robot.lookup("#search").tryQuery().isPresent(), "the PIN on screen lets the demo owner back in");
    }
}
