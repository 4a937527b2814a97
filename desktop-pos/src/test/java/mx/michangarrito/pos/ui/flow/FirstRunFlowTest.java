package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.ui.firstrun.FirstRunViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first run on a brand-new terminal, by keyboard only, with the keys docs/screenshots/take-screenshots.sh
 * types: every optional field skipped or filled with Enter, F5 prints the demo printer's test ticket.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunFlowTest {

    @TempDir
    static Path dir;
    private FreshTerminalFixture fresh;
    private PosServices pos;

    @Start
    void start(Stage stage) throws Exception {
        fresh = new FreshTerminalFixture(dir, stage, false);
        pos = fresh.pos;
    }

    @AfterEach
    void tearDown() {
        fresh.close();
    }

    @Test
    void theScreenshotScriptsKeysGetThroughTheFirstRunToTheShift(FxRobot robot) throws Exception {
        robot.lookup("#business-name").queryAs(TextField.class);
        robot.write("Abarrotes Lupita").type(KeyCode.ENTER);
        robot.write("Av. Juarez 12, Centro").type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.write("Abierto de 7 a 22").type(KeyCode.ENTER);
        robot.write("Gracias por su compra").type(KeyCode.ENTER).type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#firstrun-preview").queryAs(ImageView.class).getImage() != null);
        robot.type(KeyCode.ENTER);
        robot.write("Lupita").type(KeyCode.ENTER).write("4321").type(KeyCode.ENTER).write("4321").type(KeyCode.ENTER);

        assertNotNull(robot.lookup("#float").queryAs(TextField.class), "the owner is in and opens the shift");
        assertEquals("Abarrotes Lupita", pos.settings.get(FirstRunViewModel.SHOP_NAME).orElseThrow());
        assertEquals("Av. Juarez 12, Centro", pos.settings.get(FirstRunViewModel.SHOP_ADDRESS).orElseThrow());
        assertEquals("", pos.settings.get(FirstRunViewModel.SHOP_RFC).orElseThrow());
        assertEquals("Abierto de 7 a 22", pos.settings.get(FirstRunViewModel.TICKET_HEADER).orElseThrow());
        assertEquals("Gracias por su compra", pos.settings.get(FirstRunViewModel.TICKET_FOOTER).orElseThrow());
        assertEquals("sim:", pos.settings.get(PrinterOutput.PRINTER_SETTING).orElseThrow());
        robot.write("500").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#search").tryQuery().isPresent(), "the sale screen");
    }
}
