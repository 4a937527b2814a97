package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.demo.FarmaciaCatalog;
import mx.michangarrito.pos.demo.ShopType;
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
 * types: every optional field skipped or filled with Enter, F5 prints the demo printer's test ticket; and a
 * pharmacy that picks its type with the arrows and rings up a barcode of the farmacia starter catalog.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunFlowTest {

    @TempDir
    static Path dir;
    private FreshTerminalFixture fresh;
    private PosServices pos;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        fresh = new FreshTerminalFixture(dir, stage, true);
        pos = fresh.pos;
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        fresh.close();
    }

    @Test
    void theScreenshotScriptsKeysGetThroughTheFirstRunToTheShift(FxRobot robot) throws Exception {
        robot.lookup("#business-name").queryAs(TextField.class);
        robot.write("Abarrotes Lupita").type(KeyCode.ENTER).type(KeyCode.ENTER); // abarrotes, the first type
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
        assertEquals("ABARROTES", pos.settings.get(ShopType.SETTING).orElseThrow());
        robot.write("500").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#search").tryQuery().isPresent(), "the sale screen");
    }

    @Test
    void aPharmacyPicksItsTypeWithTheArrowsAndSellsFromItsStarterCatalog(FxRobot robot) {
        robot.lookup("#business-name").queryAs(TextField.class);
        robot.write("Farmacia San José").type(KeyCode.ENTER);
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        assertEquals("Farmacia", robot.lookup("#shop-type").queryAs(ComboBox.class).getButtonCell().getText());
        assertEquals(java.util.List.of(), LayoutCheck.atEverySize(robot, stage, "first run of a pharmacy"));
        // Type, address, RFC, IVA zone, header, footer and printer as they are; the sample catalog stays ticked.
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.ENTER);
        }
        robot.write("Luz").type(KeyCode.ENTER).write("4321").type(KeyCode.ENTER).write("4321").type(KeyCode.ENTER);

        assertNotNull(robot.lookup("#float").queryAs(TextField.class), "the owner is in and opens the shift");
        assertEquals("FARMACIA", pos.settings.get(ShopType.SETTING).orElseThrow());
        robot.write("500").type(KeyCode.ENTER);
        robot.lookup("#search").queryAs(TextField.class);
        robot.write(FarmaciaCatalog.CATALOG.barcodeOf("Paracetamol 500 mg 10 tabletas").orElseThrow())
                .type(KeyCode.ENTER);
        TableView<?> cart = robot.lookup("#cart").queryAs(TableView.class);
        assertEquals(1, cart.getItems().size());
        assertEquals("$25.00", robot.lookup("#total").queryAs(Label.class).getText(), "paracetamol, 0 % IVA");
        assertTrue(pos.catalog.search("coca", 5).isEmpty(), "no abarrotes samples in a pharmacy");
    }
}
