package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.pos.catalog.Category;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.ui.sale.LineRow;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quick keys end to end, keyboard only (TestFX, headless): the owner gives a loose product its key in
 * the catalog's product card, goes back to the sale and adds it from the grid; scans still land meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class QuickKeysFlowTest {

    private static final String COKE = "7501055300846";

    @TempDir
    static Path dir;
    private CounterFixture counter;

    @BeforeAll
    static void patientSetup() {
        // Opening a terminal (migrations, Hibernate) can outlast TestFX's 10 s setup limit on a busy 2-core machine.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        Path own = java.nio.file.Files.createTempDirectory(dir, "terminal");
        counter = new CounterFixture(own, stage);
        Category bakery = counter.terminal.catalog.createCategory("Panadería");
        counter.terminal.catalog.create(new ProductDraft("Bolillo", Optional.empty(), List.of(),
                Optional.of(bakery.id()), Unit.PIEZA, false, TaxRates.IVA_0, Money.ZERO, Money.ofCentavos(250),
                BigDecimal.ZERO, Optional.empty(), true), Optional.empty());
        counter.terminal.product("Coca-Cola 600 ml", COKE, 2_000, TaxRates.IVA_16);
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(FxRobot robot, String id) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no " + id + " on screen", e);
        }
    }

    private static boolean gridHasTheKeyboard(FxRobot robot) {
        return robot.lookup("#quick-keys").query().isFocused();
    }

    @Test
    void theOwnerMarksALooseProductAndTheCashierAddsItFromTheGridWithTheKeyboard(FxRobot robot) {
        CounterFixture.ownerOpensTheShift(robot);
        assertTrue(text(robot, "#quick-hint").startsWith("Aún no hay teclas rápidas."), text(robot, "#quick-hint"));
        assertEquals("Ctrl+T  Teclas rápidas", robot.lookup("#key-ctrl+t").queryAs(Button.class).getText());

        robot.type(KeyCode.F11); // the catalog opens first, "Bolillo" (first by name) selected
        robot.type(KeyCode.F3);
        robot.lookup("#product-editor").query();
        assertEquals("Sin tecla rápida.", text(robot, "#editor-quick-place"));
        ctrl(robot, KeyCode.T);
        assertEquals("Se agrega a las teclas rápidas al guardar (F12).", text(robot, "#editor-quick-place"));
        robot.type(KeyCode.F12);
        assertTrue(robot.lookup("#product-editor").tryQuery().isEmpty(), "saved and closed");
        assertEquals("«Bolillo» guardado.", text(robot, "#catalog-message"));

        robot.type(KeyCode.ESCAPE); // back to the same sale; the grid shows the new key
        robot.lookup("#search").queryAs(TextField.class);
        assertEquals("Panadería", robot.lookup("#quick-tab-0").queryAs(Button.class).getText());
        waitFor(robot, "#quick-key-0"); // the grid is read again as the sale comes back
        assertEquals("Bolillo\n$2.50", robot.lookup("#quick-key-0").queryAs(Button.class).getText());

        ctrl(robot, KeyCode.T);
        assertTrue(gridHasTheKeyboard(robot));
        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        TableView<?> cart = robot.lookup("#cart").queryAs(TableView.class);
        assertEquals(1, cart.getItems().size());
        assertEquals("Bolillo", ((LineRow) cart.getItems().getFirst()).description());
        assertEquals("2", ((LineRow) cart.getItems().getFirst()).quantity());
        assertEquals("$5.00", text(robot, "#total"));
        assertTrue(gridHasTheKeyboard(robot), "the grid keeps the keyboard for the next key");

        counter.scannerPace(); // a scan while the grid has the keyboard still lands in the cart
        robot.write(COKE).type(KeyCode.ENTER);
        counter.handPace();
        assertEquals(2, cart.getItems().size());
        assertEquals("$25.00", text(robot, "#total"));
        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText());

        ctrl(robot, KeyCode.T);
        robot.type(KeyCode.ESCAPE);
        Node search = robot.lookup("#search").query();
        assertTrue(search.isFocused(), "Escape gives the keyboard back to the search box");
    }
}
