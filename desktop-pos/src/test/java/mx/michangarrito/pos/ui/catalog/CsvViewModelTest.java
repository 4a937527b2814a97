package mx.michangarrito.pos.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV export and import as the card drives them, without a stage. */
class CsvViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal t;
    private CatalogViewModel catalog;
    private final List<Runnable> screenQueue = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        t = new TestTerminal(Files.createDirectory(dir.resolve("pos")));
        Operator beto = new Operator(t.managerId, "Beto", Role.MANAGER, Instant.now());
        catalog = new CatalogViewModel(t.catalog, t.users, beto, Texts.spanish(), new InlineTaskExecutor(),
                t.services().shopZone(), screenQueue::add);
        catalog.load();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void runScreenQueue() {
        screenQueue.forEach(Runnable::run);
        screenQueue.clear();
    }

    @Test
    void importShowsProgressThenTheNewProductsInTheList() throws Exception {
        StringBuilder csv = new StringBuilder("nombre,precio,codigos_barras\r\n");
        for (int i = 0; i < 250; i++) {
            csv.append("Producto ").append(i).append(",").append(10 + i).append(",INT").append(i).append("\r\n");
        }
        Path file = dir.resolve("nuevos.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        CsvViewModel card = catalog.csvCard();
        card.pathProperty().set(file.toString());
        card.importFile();
        assertFalse(screenQueue.isEmpty(), "progress goes through the screen's thread");
        assertTrue(screenQueue.size() <= 202, "at most one update per percent and phase: " + screenQueue.size());
        runScreenQueue();
        assertEquals(1.0, card.progressProperty().get());
        assertEquals("Guardando producto 250 de 250…", card.progressTextProperty().get());
        assertEquals("Listo: se importaron 250 productos.", card.messageProperty().get());
        assertFalse(card.runningProperty().get());
        assertEquals(250, catalog.rows().size());
    }

    @Test
    void theImportRunsOffTheScreensThreadSoTheScreenKeepsAnswering() throws Exception {
        StringBuilder csv = new StringBuilder("nombre,precio\r\n");
        for (int i = 0; i < 3_000; i++) {
            csv.append("Producto ").append(i).append(",10\r\n");
        }
        Path file = dir.resolve("grande.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        java.util.concurrent.BlockingQueue<Runnable> screen = new java.util.concurrent.LinkedBlockingQueue<>();
        TaskExecutor background = new TaskExecutor() {
            @Override
            public <T> void execute(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone,
                    java.util.function.Consumer<Throwable> onFailure) {
                Thread.ofVirtual().start(() -> {
                    try {
                        T result = work.call();
                        screen.add(() -> onDone.accept(result));
                    } catch (Exception e) {
                        screen.add(() -> onFailure.accept(e));
                    }
                });
            }
        };
        Operator beto = new Operator(t.managerId, "Beto", Role.MANAGER, Instant.now());
        CatalogViewModel list = new CatalogViewModel(t.catalog, t.users, beto, Texts.spanish(), background,
                t.services().shopZone(), screen::add);
        CsvViewModel card = list.csvCard();
        card.pathProperty().set(file.toString());
        card.importFile();
        assertTrue(card.runningProperty().get(), "importFile() returns at once; the work goes on in the background");
        card.importFile(); // a second Enter while it runs is ignored
        double last = 0;
        while (card.runningProperty().get()) {
            Runnable next = screen.poll(60, java.util.concurrent.TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("the import never finished");
            }
            next.run();
            assertTrue(card.progressProperty().get() >= last, "the bar only moves forward");
            last = card.progressProperty().get();
        }
        assertEquals("Listo: se importaron 3,000 productos.", card.messageProperty().get());
        assertEquals(3_000, t.count("Product"));
    }

    @Test
    void aFileWithErrorsListsThemAndImportsNothing() throws Exception {
        Path file = dir.resolve("malo.csv");
        Files.writeString(file, "nombre,precio,iva\r\nA,1,16\r\nB,,16\r\nC,3,20\r\n", StandardCharsets.UTF_8);
        CsvViewModel card = catalog.csvCard();
        card.pathProperty().set(file.toString());
        card.importFile();
        runScreenQueue();
        assertEquals(List.of(new CsvViewModel.ErrorRow(3, "precio", "Falta precio. Escríbelo en esta fila."),
                new CsvViewModel.ErrorRow(4, "iva", "El IVA «20» no se reconoce. Usa 16, 8, 0 o exento.")), card.errors());
        assertEquals("No se importó nada: el archivo tiene 2 error(es). Corrígelos en el archivo y vuelve a importar.",
                card.messageProperty().get());
        assertTrue(card.messageIsErrorProperty().get());
        assertEquals(0, t.count("Product"));
    }

    @Test
    void aMissingFileOrAnUnwritablePlaceIsExplained() {
        CsvViewModel card = catalog.csvCard();
        card.pathProperty().set(dir.resolve("no-existe.csv").toString());
        card.importFile();
        assertTrue(card.messageProperty().get().startsWith("No existe el archivo"), card.messageProperty().get());
        card.pathProperty().set(dir.resolve("no/such/folder/catalogo.csv").toString());
        card.export();
        assertTrue(card.messageProperty().get().startsWith("No se pudo guardar en"), card.messageProperty().get());
        card.pathProperty().set(" ");
        card.export();
        assertTrue(card.messageProperty().get().startsWith("Escribe la ruta del archivo"));
    }

    @Test
    void exportWritesExcelFriendlyUtf8() throws Exception {
        t.product("Jamón serrano", "7501055300846", 9_990, TaxRates.IVA_16);
        CsvViewModel card = catalog.csvCard();
        Path file = dir.resolve("catalogo.csv");
        card.pathProperty().set(file.toString());
        card.export();
        assertEquals("Catálogo exportado a " + file + ".", card.messageProperty().get());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nJamón serrano,,07501055300846,,pieza,no,99.90,0.00,16,,0,,si\r\n"), text);
    }
}
