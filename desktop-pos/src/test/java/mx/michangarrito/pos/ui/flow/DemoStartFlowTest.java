package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.demo.DemoShop;
import mx.michangarrito.pos.ui.firstrun.FirstRunViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The README's command ({@code Main --demo}) on a fresh machine: the new terminal opens as the demo shop, with
 * nothing to fill in, at the shift's float as the demo owner, and sells the sample catalog.
 */
@ExtendWith(ApplicationExtension.class)
class DemoStartFlowTest {

    @TempDir
    static Path dir;
    private FreshTerminalFixture fresh;
    private PosServices pos;

    @Start
    void start(Stage stage) throws Exception {
        fresh = new FreshTerminalFixture(dir, stage, false, true);
        pos = fresh.pos;
    }

    @AfterEach
    void tearDown() {
        fresh.close();
    }

    @Test
    void aNewTerminalStartedForTheDemoIsTheDemoShopReadyToSell(FxRobot robot) {
        assertNotNull(robot.lookup("#float").queryAs(TextField.class), "the demo owner is in, opening the shift");
        assertEquals("true", pos.settings.get(FirstRunViewModel.SHOP_DEMO).orElseThrow());
        assertEquals("Tienda de demostración", pos.settings.get(FirstRunViewModel.SHOP_NAME).orElseThrow());

        robot.write("500").type(KeyCode.ENTER);
        robot.lookup("#search").queryAs(TextField.class);
        robot.write(DemoShop.barcode(2)).type(KeyCode.ENTER);

        assertEquals(1, robot.lookup("#cart").queryAs(TableView.class).getItems().size());
        assertEquals("$29.50", robot.lookup("#total").queryAs(Label.class).getText(), "Leche entera 1 L");
    }
}
