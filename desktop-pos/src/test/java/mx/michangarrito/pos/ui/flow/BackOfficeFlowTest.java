package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.shared.money.Money;
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

/** The owner's back office, keyboard only, on the real screens (TestFX, headless). */
@ExtendWith(ApplicationExtension.class)
class BackOfficeFlowTest {

    private static final String COKE = "7501055300846";
    private static final String WATER = "7501055300853";

    @TempDir
    static Path dir;
    private CounterFixture counter;
    private Product coke;

    @BeforeAll
    static void patientSetup() {
        // Opening a terminal (migrations, Hibernate) can outlast TestFX's 10 s setup limit on a busy 2-core machine.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        Path own = java.nio.file.Files.createTempDirectory(dir, "terminal");
        counter = new CounterFixture(own, stage);
        coke = counter.terminal.product("Coca-Cola 600 ml", COKE, 2_000, TaxRates.IVA_16);
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aProductCreatedInTheCatalogIsSoldByScanningItsBarcode(FxRobot robot) {
        CounterFixture.ownerOpensTheShift(robot);
        robot.type(KeyCode.F11);
        assertEquals(1, robot.lookup("#catalog-table").queryAs(TableView.class).getItems().size());

        robot.type(KeyCode.F2);
        robot.lookup("#product-editor").query();
        robot.write("Agua natural 1 L").type(KeyCode.ENTER); // name → SKU
        robot.write("AG1").type(KeyCode.ENTER); // SKU → barcodes
        counter.scan(robot, COKE);
        assertTrue(text(robot, "#editor-message").startsWith("El código " + COKE + " ya es de «Coca-Cola 600 ml»"),
                text(robot, "#editor-message"));
        robot.eraseText(COKE.length() + 1);
        counter.scan(robot, WATER);
        assertEquals(WATER + " ", robot.lookup("#editor-barcodes").queryAs(TextField.class).getText());
        robot.type(KeyCode.TAB).type(KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER); // category, unit, by weight → price
        robot.write("15").type(KeyCode.F12);
        assertTrue(robot.lookup("#product-editor").tryQuery().isEmpty(), "saved and closed");
        assertEquals("«Agua natural 1 L» guardado.", text(robot, "#catalog-message"));
        assertEquals(2, robot.lookup("#catalog-table").queryAs(TableView.class).getItems().size());

        robot.type(KeyCode.ESCAPE);
        robot.lookup("#search").queryAs(TextField.class);
        counter.scan(robot, WATER);
        assertEquals(1, robot.lookup("#cart").queryAs(TableView.class).getItems().size());
        assertEquals("$15.00", text(robot, "#total"));
    }

    @Test
    void receivingAPurchaseFromTheInventorySection(FxRobot robot) {
        CounterFixture.ownerOpensTheShift(robot);
        robot.type(KeyCode.F11);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.lookup("#inventory-product").queryAs(TextField.class);

        robot.type(KeyCode.F2);
        robot.lookup("#receive-card").query();
        counter.scan(robot, COKE);
        assertEquals("Coca-Cola 600 ml", text(robot, "#receive-pending"));
        robot.write("12").type(KeyCode.ENTER);
        robot.eraseText(6).write("13.50").type(KeyCode.ENTER);
        robot.write("pan").type(KeyCode.ENTER);
        assertTrue(text(robot, "#receive-message").startsWith("No se encontró «pan»"), text(robot, "#receive-message"));
        assertEquals("1 producto(s) · costo total $162.00", text(robot, "#receive-total"));
        robot.type(KeyCode.F12);
        assertTrue(robot.lookup("#receive-card").tryQuery().isEmpty(), "received and closed");
        assertEquals("Compra recibida: 1 producto(s) entraron al inventario.", text(robot, "#inventory-message"));
        assertEquals(0, new BigDecimal("12").compareTo(counter.terminal.stock.onHand(coke.id())));
        assertEquals(Money.ofCentavos(1_350), counter.terminal.catalog.find(coke.id()).orElseThrow().cost());

        robot.write("coca").type(KeyCode.ENTER);
        assertEquals("Coca-Cola 600 ml · existencia 12 Pieza · mínimo 0", text(robot, "#inventory-info"));
        assertEquals(1, robot.lookup("#inventory-movements").queryAs(TableView.class).getItems().size());
    }
}
