package mx.michangarrito.pos.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mx.michangarrito.pos.catalog.QuickKeyGroup;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product card's "Tecla rápida" box and its order keys, without a stage. */
class QuickKeyChoiceTest {

    @TempDir
    Path dir;
    private TestTerminal t;
    private CatalogViewModel catalog;

    @BeforeEach
    void open() {
        t = new TestTerminal(dir);
        t.product("Bolillo", 250, TaxRates.IVA_0);
        t.product("Concha", 1_000, TaxRates.IVA_0);
        catalog = catalogFor(new Operator(t.managerId, "Beto", Role.MANAGER, Instant.now()));
    }

    private CatalogViewModel catalogFor(Operator operator) {
        CatalogViewModel model = new CatalogViewModel(t.catalog, t.users, operator, Texts.spanish(),
                new InlineTaskExecutor(), t.services().shopZone(), Runnable::run);
        model.load();
        return model;
    }

    @AfterEach
    void close() {
        t.close();
    }

    private List<String> grid() {
        return t.catalog.quickKeys().groups().stream().flatMap(g -> g.items().stream()).map(QuickKeyGroup.Item::name)
                .toList();
    }

    private ProductEditorViewModel open(int row) {
        catalog.move(-10);
        catalog.move(row);
        return catalog.editSelected().orElseThrow();
    }

    @Test
    void tickingTheBoxGivesTheKeyOnSavingAndTheOrderKeysMoveItAtOnce() {
        ProductEditorViewModel bolillo = open(0);
        assertEquals("Sin tecla rápida.", bolillo.quickKey().placeProperty().get());
        bolillo.moveQuickKey(1);
        assertTrue(bolillo.messageProperty().get().startsWith("Primero marca «Tecla rápida en la venta»"));
        bolillo.quickKey().markedProperty().set(true);
        assertEquals("Se agrega a las teclas rápidas al guardar (F12).", bolillo.quickKey().placeProperty().get());
        assertTrue(grid().isEmpty(), "nothing changes before saving");
        assertTrue(bolillo.save());
        assertEquals(List.of("Bolillo"), grid());

        ProductEditorViewModel concha = open(1);
        concha.quickKey().markedProperty().set(true);
        assertTrue(concha.save());
        concha = open(1);
        assertEquals("Tecla rápida 2 de 2 en «Otros».", concha.quickKey().placeProperty().get());
        concha.moveQuickKey(1);
        assertEquals("Ya es la última tecla de su categoría.", concha.messageProperty().get());
        concha.moveQuickKey(-1);
        assertEquals("", concha.messageProperty().get());
        assertEquals("Tecla rápida 1 de 2 en «Otros».", concha.quickKey().placeProperty().get());
        assertEquals(List.of("Concha", "Bolillo"), grid());

        ProductEditorViewModel again = open(0);
        assertTrue(again.quickKey().markedProperty().get());
        again.quickKey().markedProperty().set(false);
        assertEquals("Se quita de las teclas rápidas al guardar (F12).", again.quickKey().placeProperty().get());
        assertTrue(again.save());
        assertEquals(List.of("Concha"), grid());
    }

    @Test
    void aCashierCannotGiveAKeyAndTheCardSaysWhy() {
        Operator caro = new Operator(t.cashierId, "Caro", Role.CASHIER, Instant.now());
        CatalogViewModel cashiers = catalogFor(caro);
        ProductEditorViewModel bolillo = cashiers.editSelected().orElseThrow();
        assertFalse(bolillo.quickKey().allowed());
        bolillo.quickKey().markedProperty().set(true);
        assertFalse(bolillo.save());
        assertTrue(bolillo.messageProperty().get().startsWith("Solo un encargado o el dueño"),
                bolillo.messageProperty().get());
        assertTrue(grid().isEmpty());
    }
}
