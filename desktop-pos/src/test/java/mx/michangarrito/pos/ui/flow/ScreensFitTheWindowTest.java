package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.PrinterSwitch;
import mx.michangarrito.pos.ui.CounterFlow;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
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
 * Every screen of the counter at 1024×768, 1366×768 and 1920×1080, and with the largest letters at 1024×768:
 * nothing is cut off or pushed out of the window ({@link LayoutCheck}), the sale's key bar shows every key, and the
 * quick keys show their whole names and prices ({@link QuickKeysCheck}).
 */
@ExtendWith(ApplicationExtension.class)
class ScreensFitTheWindowTest {

    private static final String LONG_NAME = "Galletas surtidas de mantequilla con chispas de chocolate y relleno sabor "
            + "vainilla, paquete familiar 850 g";
    /** Quick keys with the long names of a real shop (two lines and more on a key), with a price line each. */
    private static final List<String> KEY_NAMES = List.of("Leche entera 1 L", "Tortillas de maíz por kilo",
            "Refresco de naranja 2 L retornable", "Jabón de lavandería en barra 400 g", "Bolillo",
            "Mantequilla con sal 90 g", "Papel higiénico 4 rollos doble hoja", "Agua purificada garrafón 20 L");

    @TempDir
    static Path dir;
    private Stage stage;
    private CounterFixture counter;
    private PosServices fresh;
    private Simulators simulators;
    private PrinterSwitch printers;
    private DeviceBridge freshDevices;

    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        if (counter != null) {
            counter.close();
        }
        if (printers != null) {
            printers.close();
            simulators.close();
            freshDevices.close();
            fresh.close();
        }
    }

    @Test
    void theFirstRunFitsEverySize(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                PosConfig d = PosConfig.defaults();
                fresh = PosServices.open(Files.createTempDirectory(dir, "fresh"), new PosConfig(d.terminalCode(),
                        d.shopZone(), d.discountLimitPercent(), d.scaleLabels(), 4), Clock.systemUTC());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            simulators = new Simulators();
            freshDevices = new DeviceBridge(Platform::runLater, Texts.spanish().locale());
            printers = new PrinterSwitch(freshDevices, uri -> PrinterOutput.open(uri, 80, simulators,
                    Clock.systemUTC(), Duration.ofMillis(200), Duration.ofMillis(200), Platform::runLater,
                    Texts.spanish().locale()));
            printers.use("sim:");
            freshDevices.attachPrinterSwitch(printers);
            Shell shell = new Shell();
            Scene scene = new Scene(shell.root(), 1280, 800);
            new CounterFlow(fresh, Texts.spanish(), new InlineTaskExecutor(), shell, freshDevices)
                    .start(scene, WedgeSettings.DEFAULT, System::nanoTime);
            stage.setScene(scene);
            LayoutCheck.takeOver(scene);
            stage.show();
        });
        List<String> problems = new ArrayList<>();
        robot.lookup("#business-name").queryAs(TextField.class);
        problems.addAll(LayoutCheck.atEverySize(robot, stage, "first run"));
        robot.clickOn("#business-name").write("Abarrotes Lupita").type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.write("Av. Juarez 12, Centro").type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.write("Abierto de 7 a 22").type(KeyCode.ENTER);
        robot.write("Gracias por su compra").type(KeyCode.ENTER).type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#firstrun-preview").queryAs(ImageView.class).getImage() != null);
        problems.addAll(LayoutCheck.atEverySize(robot, stage, "first run with the test ticket"));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCounterAndBackOfficeScreenFitsEverySize(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                counter = new CounterFixture(Files.createTempDirectory(dir, "terminal"), stage, true);
                LayoutCheck.takeOver(stage.getScene());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // Quick keys: eleven in the first tab (long names, a weighed one), one in each of the other tabs, whose
        // long category names make a row of tabs wider than the sale screen at 1024×768.
        CatalogService catalog = counter.terminal.catalog;
        UUID first = catalog.createCategory("Abarrotes").id();
        List<UUID> keys = new ArrayList<>();
        keys.add(product(catalog, LONG_NAME, "7501000000012", 8_950, first, false));
        keys.add(product(catalog, "Coca-Cola 600 ml", "7501055300846", 2_000, first, false));
        keys.add(product(catalog, "Huevo blanco (kg)", null, 4_600, first, true));
        for (String name : KEY_NAMES) {
            keys.add(product(catalog, name, null, 3_950, first, false));
        }
        int inFirstTab = keys.size();
        for (String category : List.of("Bebidas y refrescos", "Hogar y papelería", "Salchichonería y lácteos",
                "Tortillería y panadería")) {
            keys.add(product(catalog, "Tecla de " + category, null, 1_000, catalog.createCategory(category).id(), false));
        }
        catalog.quickKeys().markSamples(keys); // the sale screen shows them as quick keys
        List<String> problems = new ArrayList<>();
        problems.addAll(LayoutCheck.atEverySize(robot, stage, "login"));
        robot.type(KeyCode.DOWN, KeyCode.DOWN).write("1111").type(KeyCode.ENTER); // Lupita, the owner
        robot.lookup("#float").queryAs(TextField.class);
        problems.addAll(LayoutCheck.atEverySize(robot, stage, "opening the shift"));
        robot.write("500").type(KeyCode.ENTER);
        robot.lookup("#search").queryAs(TextField.class);
        for (String code : List.of("7501000000012", "7501055300846", "7501000000012")) {
            counter.scannerPace();
            robot.write(code).type(KeyCode.ENTER);
            counter.handPace();
        }
        problems.addAll(LayoutCheck.atEverySize(robot, stage, "sale"));
        problems.addAll(keyBarShown(robot));
        problems.addAll(QuickKeysCheck.atEverySize(robot, stage, inFirstTab));

        robot.type(KeyCode.F12);
        problems.addAll(LayoutCheck.atEverySize(robot, stage, "payment"));
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F7);
        problems.addAll(LayoutCheck.atEverySize(robot, stage, "cash in or out"));
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F8);
        robot.lookup("#counted-card").query();
        problems.addAll(LayoutCheck.atEverySize(robot, stage, "corte de caja"));
        robot.type(KeyCode.ESCAPE);

        robot.lookup("#search").queryAs(TextField.class);
        robot.type(KeyCode.F11);
        List<Button> sections = robot.lookup(".backoffice-menu .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("section-")).toList();
        assertTrue(sections.size() >= 10, "every back-office section: " + sections.size());
        for (Button section : sections) {
            robot.interact(section::fire);
            problems.addAll(LayoutCheck.atEverySize(robot, stage, section.getId()));
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static UUID product(CatalogService catalog, String name, String barcode, long centavos, UUID category,
            boolean weighed) {
        return catalog.create(new ProductDraft(name, Optional.empty(), barcode == null ? List.of() : List.of(barcode),
                Optional.of(category), weighed ? Unit.KG : Unit.PIEZA, weighed, TaxRates.IVA_16, Money.ZERO,
                Money.ofCentavos(centavos), BigDecimal.ZERO, Optional.empty(), true), Optional.empty()).id();
    }

    /** Every key of the sale's bottom bar is on screen, whole, at every size. */
    private List<String> keyBarShown(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (LayoutCheck.Size size : LayoutCheck.SIZES) {
            LayoutCheck.resize(robot, stage, size);
            List<Node> keys = robot.lookup(".key-bar").queryAs(javafx.scene.layout.Pane.class).getChildren();
            assertFalse(keys.isEmpty());
            for (Node key : keys) {
                var b = key.localToScene(key.getLayoutBounds());
                if (!key.isVisible() || b.getMaxY() > size.height() + 1
                        || b.getMaxX() > size.width() + 1) {
                    problems.add("sale key " + ((Button) key).getText() + " not shown at " + size);
                }
            }
        }
        return problems;
    }
}
