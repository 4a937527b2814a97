package mx.michangarrito.pos.ui.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.Category;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.QuickKeys;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick-key grid's logic on a real terminal, without the JavaFX toolkit. */
class QuickKeysViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private QuickKeys keys;
    private Operator owner;
    private SaleViewModel sale;
    private QuickKeysViewModel grid;

    @BeforeEach
    void setUp() {
        terminal = new TestTerminal(dir);
        keys = terminal.catalog.quickKeys();
        owner = terminal.users.login(terminal.users.listActive().stream()
                .filter(u -> u.displayName().equals("Lupita")).findFirst().orElseThrow().id(), "1111");
        Operator caro = terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN);
        sale = new SaleViewModel(terminal.catalog, terminal.sales, terminal.services().parked, terminal.users, caro,
                Texts.spanish());
        grid = new QuickKeysViewModel(keys, sale, Texts.spanish());
    }

    @AfterEach
    void tearDown() {
        terminal.close();
    }

    private Product product(String name, Category category, boolean weighed, long centavos) {
        Product p = terminal.catalog.create(new ProductDraft(name, Optional.empty(), List.of(),
                Optional.ofNullable(category).map(Category::id), weighed ? Unit.KG : Unit.PIEZA, weighed,
                TaxRates.IVA_0, Money.ZERO, Money.ofCentavos(centavos), BigDecimal.ZERO, Optional.empty(), true),
                Optional.empty());
        keys.mark(p.id(), owner);
        return p;
    }

    private List<String> names() {
        return grid.keys().stream().map(QuickKeysViewModel.Key::name).toList();
    }

    private void loadShop() {
        Category bakery = terminal.catalog.createCategory("Tortillería");
        Category drinks = terminal.catalog.createCategory("Bebidas");
        product("Tortilla de maíz (kg)", bakery, true, 2_400);
        product("Bolillo", bakery, false, 250);
        product("Refresco suelto", drinks, false, 1_500);
        product("Copia", null, false, 150);
        grid.reload();
    }

    @Test
    void oneTabPerCategoryWithItsKeysInTheOwnersOrder() {
        loadShop();
        assertEquals(List.of("Bebidas", "Tortillería", "Otros"), grid.tabs());
        assertFalse(grid.emptyProperty().get());
        assertEquals(0, grid.tabProperty().get());
        assertEquals(List.of("Refresco suelto"), names());
        grid.nextTab(1);
        assertEquals(List.of("Tortilla de maíz (kg)", "Bolillo"), names());
        assertEquals(new QuickKeysViewModel.Key(grid.keys().getFirst().productId(), "Tortilla de maíz (kg)",
                "$24.00/kg · pesar", true), grid.keys().getFirst());
        assertEquals("$2.50", grid.keys().get(1).price());
        grid.nextTab(1);
        assertEquals(List.of("Copia"), names());
        grid.nextTab(1);
        assertEquals(0, grid.tabProperty().get(), "round to the first tab");
        grid.nextTab(-1);
        assertEquals(2, grid.tabProperty().get(), "and back round to the last");
    }

    @Test
    void aPricedKeyAddsOnePieceToTheCartAndTheTotal() {
        loadShop();
        grid.showTab(1);
        grid.move(1, 0);
        assertEquals(1, grid.selectedProperty().get());
        grid.pressSelected();
        grid.press(1);
        assertEquals(1, sale.lines().size());
        assertEquals("Bolillo", sale.lines().getFirst().description());
        assertEquals("2", sale.lines().getFirst().quantity());
        assertEquals("$5.00", sale.totalProperty().get());
    }

    @Test
    void aWeighedKeyAsksForTheWeightLikeAScanOfAWeighedProduct() {
        loadShop();
        grid.showTab(1);
        grid.pressSelected();
        assertEquals("Tortilla de maíz (kg)", sale.awaitingWeightProperty().get().name());
        assertTrue(sale.lines().isEmpty(), "nothing in the cart before the weight");
        assertEquals("Escribe el peso de «Tortilla de maíz (kg)» en kilos.", sale.messageProperty().get());
        assertTrue(sale.enterWeight("0.750"));
        assertNull(sale.awaitingWeightProperty().get());
        assertEquals("$18.00", sale.totalProperty().get());
    }

    @Test
    void arrowsMoveByRowsOfTheColumnsOnScreenAndStayInsideTheTab() {
        Category bakery = terminal.catalog.createCategory("Panadería");
        for (int i = 1; i <= 7; i++) {
            product("Pan " + i, bakery, false, 100L * i);
        }
        grid.reload();
        grid.setColumns(3);
        grid.move(0, 1);
        assertEquals(3, grid.selectedProperty().get());
        grid.move(0, 1);
        assertEquals(6, grid.selectedProperty().get());
        grid.move(0, 1);
        assertEquals(6, grid.selectedProperty().get(), "no row below");
        grid.move(1, 0);
        assertEquals(6, grid.selectedProperty().get(), "last key");
        grid.move(-1, 0);
        grid.move(0, -1);
        assertEquals(2, grid.selectedProperty().get());
    }

    @Test
    void withoutFavouritesTheGridIsEmptyAndTellsTheOwnerHowToAddThem() {
        terminal.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
        grid.reload();
        assertTrue(grid.emptyProperty().get());
        assertTrue(grid.tabs().isEmpty());
        assertTrue(grid.hintProperty().get().startsWith("Aún no hay teclas rápidas. Para agregarlas: F11"),
                grid.hintProperty().get());
        assertFalse(grid.enter(), "the keyboard stays in the search box");
        assertEquals(grid.hintProperty().get(), sale.messageProperty().get());
        grid.pressSelected();
        assertTrue(sale.lines().isEmpty());
    }

    @Test
    void reloadingShowsTheOwnersChangesAndStaysOnTheSameCategory() {
        loadShop();
        grid.showTab(1);
        UUID bolillo = grid.keys().get(1).productId();
        keys.moveUp(bolillo, owner);
        keys.unmark(grid.keys().getFirst().productId(), owner);
        grid.reload();
        assertEquals("Tortillería", grid.tabs().get(grid.tabProperty().get()));
        assertEquals(List.of("Bolillo"), names());
    }
}
