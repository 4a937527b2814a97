package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The back office's tables that only show with data or behind a key (every report table, a product's movements,
 * the low-stock list, the purchase card, a product's price history), filled with the long names and amounts of a
 * real shop, at 1024×768, 1366×768, 1920×1080 and with the largest letters: titles and short values whole
 * ({@link TableCheck}). {@link ScreensFitTheWindowTest} checks the tables each section opens with.
 */
@ExtendWith(ApplicationExtension.class)
class TablesShowTheirTextTest {

    private static final String LONG_NAME = "Galletas surtidas de mantequilla con chispas de chocolate y relleno sabor "
            + "vainilla, paquete familiar 850 g";
    private static final String GALLETAS = "7501000000012";
    private static final String JABON = "7501000000029";

    @TempDir
    static Path dir;
    private CounterFixture counter;
    private Stage stage;

    @BeforeAll
    static void warmUp() throws Exception {
        new TestTerminal(Files.createTempDirectory(dir, "warm-up")).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = new CounterFixture(Files.createTempDirectory(dir, "terminal"), stage);
        LayoutCheck.takeOver(stage.getScene());
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    @Test
    void everyBackOfficeTableShowsItsTitlesAndShortValuesWhole(FxRobot robot) {
        TestTerminal t = counter.terminal;
        CatalogService catalog = t.catalog;
        UUID dairy = catalog.createCategory("Salchichonería y lácteos").id();
        UUID home = catalog.createCategory("Hogar y papelería").id();
        Product galletas = catalog.create(draft(LONG_NAME, GALLETAS, 8_950, dairy, "5"), Optional.empty());
        catalog.create(draft("Jabón de lavandería en barra 400 g", JABON, 2_350, home, "12"), Optional.empty());
        catalog.create(draft("Huevo blanco (kg)", null, 4_600, dairy, "3"), Optional.empty());
        t.stock.receivePurchase(galletas.id(), new BigDecimal("1250"), Optional.of("Factura 88231 de Distribuidora "
                + "del Bajío, entregada por la tarde con dos cajas golpeadas"), Optional.empty());
        t.stock.adjust(galletas.id(), new BigDecimal("-1200"), "merma", Optional.empty());
        catalog.update(galletas.id(), galletas.version(), draft(LONG_NAME, GALLETAS, 123_456, dairy, "5"),
                Optional.empty());
        Customer maria = t.customers.create(CustomerDraft.of("María Guadalupe Hernández de la Fuente",
                Money.ofPesos(20_000)), Optional.empty());
        t.db.writeVoid(s -> t.fiado.charge(s, maria.id(), Money.ofCentavos(876_543), UUID.randomUUID(),
                Optional.empty()));

        CounterFixture.ownerOpensTheShift(robot);
        counter.scan(robot, GALLETAS);
        robot.type(KeyCode.F12).type(KeyCode.F9).type(KeyCode.ENTER); // exact cash, next sale
        robot.lookup("#search").queryAs(TextField.class);
        robot.type(KeyCode.F11);
        List<String> problems = new ArrayList<>();

        section(robot, KeyCode.DIGIT3);
        robot.lookup("#reports").query();
        for (int table = 0; table < 6; table++) {
            problems.addAll(TableCheck.atEverySize(robot, stage, "report table " + (table + 1)));
            robot.type(KeyCode.F7); // the next table
        }

        section(robot, KeyCode.DIGIT2);
        robot.clickOn("#inventory-product").write(GALLETAS).type(KeyCode.ENTER);
        assertTrue(robot.lookup("#inventory-movements").queryAs(TableView.class).getItems().size() >= 2);
        problems.addAll(TableCheck.atEverySize(robot, stage, "movements"));
        robot.type(KeyCode.F6);
        assertTrue(robot.lookup("#inventory-low").queryAs(TableView.class).isVisible());
        problems.addAll(TableCheck.atEverySize(robot, stage, "low stock"));
        robot.type(KeyCode.F2);
        robot.write(GALLETAS).type(KeyCode.ENTER).write("1250").type(KeyCode.ENTER).write("1234.50")
                .type(KeyCode.ENTER);
        assertEquals(1, robot.lookup("#receive-lines").queryAs(TableView.class).getItems().size());
        problems.addAll(TableCheck.atEverySize(robot, stage, "purchase card"));
        robot.type(KeyCode.ESCAPE);

        section(robot, KeyCode.DIGIT1);
        robot.write("Galletas").type(KeyCode.F8);
        assertTrue(robot.lookup("#price-history").queryAs(TableView.class).getItems().size() >= 1);
        problems.addAll(TableCheck.atEverySize(robot, stage, "price history"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static void section(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL).type(digit).release(KeyCode.CONTROL);
    }

    private static ProductDraft draft(String name, String barcode, long centavos, UUID category, String minStock) {
        return new ProductDraft(name, Optional.of("CLAVE-" + Math.abs(name.hashCode() % 100_000)),
                barcode == null ? List.of() : List.of(barcode), Optional.of(category), Unit.PIEZA, false,
                TaxRates.IVA_16, Money.ofCentavos(centavos / 2), Money.ofCentavos(centavos), new BigDecimal(minStock),
                Optional.empty(), true);
    }
}
