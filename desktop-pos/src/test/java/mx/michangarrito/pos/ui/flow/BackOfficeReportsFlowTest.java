package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The back office from the sale screen (F11), keyboard only, on the real screens (TestFX, headless). */
@ExtendWith(ApplicationExtension.class)
class BackOfficeReportsFlowTest {

    private static final String COKE = "7501055300846";

    @TempDir
    static Path dir;
    private CounterFixture counter;

    /**
     * Opens a terminal once before any stage: the first one in a JVM loads Flyway, Hibernate and H2, which on
     * a loaded machine can outlast TestFX's 30-second limit for {@code @Start}.
     */
    @BeforeAll
    static void warmUp() throws Exception {
        new TestTerminal(java.nio.file.Files.createTempDirectory(dir, "warm-up")).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path own = java.nio.file.Files.createTempDirectory(dir, "terminal");
        counter = new CounterFixture(own, stage);
        counter.terminal.product("Coca-Cola 600 ml", COKE, 2_000, TaxRates.IVA_16);
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    private void sellOneCokeForCash(FxRobot robot) {
        counter.scan(robot, COKE);
        robot.type(KeyCode.F12).type(KeyCode.F9).type(KeyCode.ENTER); // exact cash, next sale
    }

    @Test
    void twoSalesThenF11ReportsShowTodaysNetTotal(FxRobot robot) {
        CounterFixture.logInAndOpenTheShift(robot, 0, TestTerminal.MANAGER_PIN);
        sellOneCokeForCash(robot);
        sellOneCokeForCash(robot);
        assertEquals(2, counter.terminal.count("Sale"));

        robot.type(KeyCode.F11);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        robot.lookup("#reports").query();
        assertEquals("$40.00", robot.lookup("#report-net").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#report-summary").queryAs(Label.class).getText().contains("2 tickets por $40.00"));
        assertTrue(robot.lookup("#section-settings").tryQuery().isEmpty(), "a manager does not see the owner's settings");

        robot.type(KeyCode.F7); // next table: by hour
        robot.type(KeyCode.ESCAPE);
        robot.lookup("#search").queryAs(TextField.class);
        assertEquals("$0.00", robot.lookup("#total").queryAs(Label.class).getText());
    }

    @Test
    void theOwnerMakesTheLettersBiggerAndTheWholeWindowFollows(FxRobot robot) {
        CounterFixture.ownerOpensTheShift(robot);
        robot.type(KeyCode.F11);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        robot.lookup("#settings").query();
        var root = robot.lookup("#settings").query().getScene().getRoot();
        String before = root.getStyle();

        robot.type(KeyCode.F2);

        assertTrue(root.getStyle().contains("-fx-font-size: 21px"), root.getStyle());
        assertTrue(!root.getStyle().equals(before));
        assertEquals("Letra grande, colores normales. Se aplica al momento.",
                robot.lookup("#settings-appearance").queryAs(Label.class).getText());
        robot.type(KeyCode.F3);
        assertTrue(root.getStylesheets().stream().anyMatch(css -> css.endsWith("high-contrast.css")));

        // The owner's tenth section is Ctrl+0.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        robot.lookup("#cloud").query();
    }
}
