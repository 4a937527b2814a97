package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/** The owner's devices section on the real screens with the simulated devices (TestFX, headless). */
@ExtendWith(ApplicationExtension.class)
class DeviceSettingsFlowTest {

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
        counter.scale.setWeight(new BigDecimal("0.750"));
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void theOwnerPrintsATestTicketAndSeesTheScaleWeight(FxRobot robot) throws Exception {
        CounterFixture.ownerOpensTheShift(robot);
        assertEquals("Sin nube", text(robot, "#sync-status"), "an unpaired till says so in the top bar");
        robot.type(KeyCode.F11);
        Button section = robot.lookup("#section-devices").queryButton();
        robot.interact(section::fire);

        waitUntil(() -> text(robot, "#device-scale-status").equals("0.750 kg · estable"));
        assertTrue(robot.lookup("#layout-preview").queryAs(ImageView.class).getImage() != null,
                "the sample ticket is previewed");
        int before = counter.paper.receipts().size();
        robot.interact(robot.lookup("#device-printer-test").queryButton()::fire);
        waitUntil(() -> counter.paper.receipts().size() == before + 1);
        assertTrue(counter.paper.receipts().getLast().text().contains("ñÑ"), counter.paper.receipts().getLast().text());
        // "Sent to the printer" shows first; the virtual printer's answer follows once its ticket is out.
        waitUntil(() -> text(robot, "#devices-message")
                .equals("La impresora virtual imprimió el ticket; aquí se ve cómo salió."));

        robot.type(KeyCode.ESCAPE);
        robot.lookup("#search").queryAs(TextField.class);
    }
}
