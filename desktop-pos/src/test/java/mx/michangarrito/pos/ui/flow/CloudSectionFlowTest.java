package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mx.michangarrito.pos.PosServices;
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
 * The "Nube" section on the real screens (TestFX, headless): a full resync shows its progress in the top
 * bar and in the section while the counter stays usable, and goes when it ends; the owner unpairs with
 * their PIN once nothing waits for the cloud.
 */
@ExtendWith(ApplicationExtension.class)
class CloudSectionFlowTest {

    private static final String PROGRESS = "Sincronizando catálogo completo… 1,200 de 5,000";

    @TempDir
    static Path dir;
    private CounterFixture counter;
    private final MockWebServer cloud = new MockWebServer();

    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        counter = new CounterFixture(java.nio.file.Files.createTempDirectory(dir, "terminal"), stage);
        cloud.start();
    }

    @AfterEach
    void tearDown() {
        counter.close();
        cloud.close();
    }

    private PosServices pos() {
        return counter.terminal.services();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aFullResyncShowsItsProgressWhileTheCounterSellsAndGoesWhenItEnds(FxRobot robot) throws Exception {
        CounterFixture.ownerOpensTheShift(robot);
        assertFalse(shown(robot, "#sync-resync-bar"));
        Thread.ofPlatform().start(() -> pos().resync.progressed(1_200, 5_000)).join(); // as the sync thread does
        waitUntil(() -> shown(robot, "#sync-resync-bar") && PROGRESS.equals(text(robot, "#sync-resync-text")));

        robot.clickOn("#search").write("Refresco");
        assertEquals("Refresco", robot.lookup("#search").queryAs(TextField.class).getText(),
                "the counter is not blocked by the resync");
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).clear());

        robot.type(KeyCode.F11);
        robot.interact(robot.lookup("#section-cloud").queryButton()::fire);
        waitUntil(() -> shown(robot, "#cloud-resync") && PROGRESS.equals(text(robot, "#cloud-resync-text")));

        Thread.ofPlatform().start(() -> {
            pos().resync.progressed(5_000, 5_000);
            pos().resync.ended(true);
        }).join();
        waitUntil(() -> !shown(robot, "#cloud-resync"));
    }

    @Test
    void theOwnerUnpairsWithTheirPinOnceNothingWaitsForTheCloud(FxRobot robot) throws Exception {
        CounterFixture.ownerOpensTheShift(robot);
        pos().settings.putAll(Map.of("sync.cloud_url", cloud.url("/").toString(), "sync.tenant_id",
                UUID.randomUUID().toString(), "sync.terminal_id", UUID.randomUUID().toString(),
                "sync.device_credential", "dc1.a.b.secret"));
        robot.type(KeyCode.F11);
        robot.interact(robot.lookup("#section-cloud").queryButton()::fire);
        waitUntil(() -> shown(robot, "#cloud-unpair-box"));

        robot.clickOn("#cloud-owner-pin").write(CounterFixture.OWNER_PIN).type(KeyCode.F9);
        waitUntil(() -> text(robot, "#cloud-message").startsWith("Hay 1 movimiento de esta caja"));
        assertTrue(pos().pairing.target().isPresent(), "the opened shift still waits for the cloud");

        pos().db.writeVoid(s -> s.createNativeMutationQuery("DELETE FROM outbox").executeUpdate()); // as if pushed
        cloud.enqueue(new MockResponse.Builder().code(204).build());
        robot.clickOn("#cloud-owner-pin").write(CounterFixture.OWNER_PIN).type(KeyCode.F9);
        waitUntil(() -> text(robot, "#cloud-paired-with").startsWith("Sin vincular"));
        assertFalse(shown(robot, "#cloud-unpair-box"));
        assertEquals("", robot.lookup("#cloud-owner-pin").queryAs(PasswordField.class).getText());
        assertEquals("DELETE", cloud.takeRequest(5, TimeUnit.SECONDS).getMethod());
        assertTrue(pos().pairing.target().isEmpty());
    }
}
