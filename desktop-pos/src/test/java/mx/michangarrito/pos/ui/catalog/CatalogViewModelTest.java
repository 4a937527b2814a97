package mx.michangarrito.pos.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.catalog.ProductRow;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog list, the product form and the categories card, without a stage. */
class CatalogViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal t;
    private CatalogViewModel model;

    @BeforeEach
    void open() {
        t = new TestTerminal(dir);
        Operator beto = new Operator(t.managerId, "Beto", Role.MANAGER, Instant.now());
        model = new CatalogViewModel(t.catalog, t.users, beto, Texts.spanish(), new InlineTaskExecutor(),
                t.services().shopZone(), Runnable::run);
        t.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
        t.product("Pan dulce", "1234567", 1_050, TaxRates.IVA_0);
        model.load();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private List<String> names() {
        return model.rows().stream().map(ProductRow::name).toList();
    }

    @Test
    void typingFiltersAndTheKeysCycleStatusAndLowStock() {
        assertEquals(List.of("Coca-Cola 600 ml", "Pan dulce"), names());
        model.textProperty().set("pan");
        assertEquals(List.of("Pan dulce"), names());
        assertEquals(0, model.selectedProperty().get());
        model.textProperty().set("");
        model.move(1);
        assertEquals("Pan dulce", model.selectedRow().orElseThrow().name());
        model.nextStatus();
        assertEquals(List.of(), names(), "no inactive product");
        assertTrue(model.filtersProperty().get().contains("Inactivos"), model.filtersProperty().get());
        model.nextStatus();
        model.toggleLowOnly();
        assertEquals(List.of(), names(), "no minimum set, nothing is low");
        assertEquals("Categoría: todas · Activos e inactivos · solo bajo mínimo · 0 productos", model.filtersProperty().get());
    }

    @Test
    void aNewProductWithABarcodeIsSavedAndListedAndItsHistoryShown() {
        ProductEditorViewModel editor = model.newProduct();
        editor.nameProperty().set("Leche entera 1 L");
        editor.barcodesProperty().set("7501000000017");
        assertFalse(editor.barcodeEntered(), "wrong check digit");
        assertFalse(editor.messageProperty().get().isEmpty());
        editor.barcodesProperty().set("7501055300853");
        assertTrue(editor.barcodeEntered(), editor.messageProperty().get());
        editor.unitProperty().set(editor.unitChoices().stream().filter(c -> c.value() == Unit.LITRO).findFirst().orElseThrow());
        editor.ivaProperty().set(editor.ivaChoices().stream().filter(c -> c.value() == IvaRate.IVA_0).findFirst().orElseThrow());
        editor.priceProperty().set("26.50");
        editor.costProperty().set("21");
        editor.minStockProperty().set("6");
        assertTrue(editor.save(), editor.messageProperty().get());
        assertEquals("«Leche entera 1 L» guardado.", model.messageProperty().get());
        assertEquals("Leche entera 1 L", model.selectedRow().orElseThrow().name());
        assertEquals("Leche entera 1 L", t.catalog.scan("7501055300853").product().name());
        assertEquals(Money.ofCentavos(2_650), t.catalog.scan("7501055300853").product().price());

        ProductEditorViewModel again = model.editSelected().orElseThrow();
        assertEquals("$26.50", again.priceProperty().get());
        again.priceProperty().set("28");
        assertTrue(again.save());
        List<CatalogViewModel.PriceHistoryRow> history = model.priceHistory();
        assertEquals(2, history.size());
        assertEquals(new CatalogViewModel.PriceHistoryRow("23/11/2026 10:00", "$26.50 → $28.00", "$21.00", "Beto"),
                history.getFirst(), "newest first, in Mexico City time");
    }

    @Test
    void aBarcodeOfAnotherProductIsRefusedWithItsName() {
        ProductEditorViewModel editor = model.newProduct();
        editor.nameProperty().set("Refresco de cola");
        editor.priceProperty().set("18");
        editor.barcodesProperty().set("7501055300846");
        assertFalse(editor.barcodeEntered());
        assertEquals("El código 7501055300846 ya es de «Coca-Cola 600 ml». Quítalo de aquí o quítaselo primero a ese "
                + "producto.", editor.messageProperty().get());
        assertFalse(editor.save());
        assertTrue(editor.messageProperty().get().contains("«Coca-Cola 600 ml»"), editor.messageProperty().get());
        assertEquals(2, t.count("Product"));
    }

    @Test
    void badFieldsAreExplainedInSpanish() {
        ProductEditorViewModel editor = model.newProduct();
        assertFalse(editor.save());
        assertEquals("Escribe el nombre del producto.", editor.messageProperty().get());
        editor.nameProperty().set("Chicle");
        editor.priceProperty().set("12,50");
        assertFalse(editor.save());
        assertTrue(editor.messageProperty().get().startsWith("Revisa el campo «Precio»: "), editor.messageProperty().get());
        editor.priceProperty().set("12.50");
        editor.minStockProperty().set("muchos");
        assertFalse(editor.save());
        assertTrue(editor.messageProperty().get().startsWith("La existencia mínima «muchos» no es válida"));
        editor.minStockProperty().set("");
        editor.iepsProperty().set("8");
        assertTrue(editor.save(), editor.messageProperty().get());
        assertEquals(TaxRates.of(IvaRate.IVA_16, mx.michangarrito.shared.tax.IepsRate.ofPercent("8")),
                t.catalog.search("chicle", 1).stream().findFirst().flatMap(h -> t.catalog.find(h.id())).orElseThrow().taxes());
    }

    @Test
    void categoriesAreCreatedRenamedAndFilterTheList() {
        CategoriesViewModel cards = model.categoriesCard();
        cards.nameProperty().set("Bebidas");
        assertTrue(cards.submit());
        cards.nameProperty().set("bebidas");
        assertFalse(cards.submit());
        assertEquals("Ya existe la categoría «bebidas».", cards.messageProperty().get());
        cards.startRename();
        cards.nameProperty().set("Refrescos");
        assertTrue(cards.submit());
        assertEquals(List.of("Refrescos"), cards.categories().stream().map(Choice::label).toList());

        ProductEditorViewModel coke = model.editSelected().orElseThrow();
        coke.categoryProperty().set(coke.categoryChoices().get(1));
        assertTrue(coke.save());
        model.nextCategory();
        assertEquals(List.of("Coca-Cola 600 ml"), names());
        assertEquals("Refrescos", model.rows().getFirst().category());
        model.nextCategory();
        assertEquals(2, names().size(), "back to every category");
    }

    @Test
    void deactivatingHidesAProductFromTheActiveList() {
        ProductEditorViewModel pan = model.editSelected().orElseThrow();
        assertEquals("Coca-Cola 600 ml", pan.nameProperty().get());
        pan.activeProperty().set(false);
        pan.minStockProperty().set("1.5");
        assertTrue(pan.save());
        assertEquals(List.of("Pan dulce"), names());
        assertEquals(List.of(), t.catalog.search("coca", 5), "inactive products leave the sale search");
        model.nextStatus();
        assertEquals(List.of("Coca-Cola 600 ml"), names());
        assertEquals(0, new BigDecimal("1.5").compareTo(model.rows().getFirst().minStock()));
    }
}
