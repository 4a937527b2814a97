package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sale screen's quick keys on a real H2 file: grouping, order, marking and who may change them. */
class QuickKeysTest {

    private static final Operator OWNER = new Operator(UUID.randomUUID(), "Lupita", Role.OWNER, Instant.EPOCH);
    private static final Operator MANAGER = new Operator(UUID.randomUUID(), "Beto", Role.MANAGER, Instant.EPOCH);
    private static final Operator CASHIER = new Operator(UUID.randomUUID(), "Caro", Role.CASHIER, Instant.EPOCH);

    @TempDir
    Path dir;
    private CatalogFixture fixture;
    private QuickKeys keys;
    private Category bakery;
    private Category drinks;

    @BeforeEach
    void setUp() {
        fixture = new CatalogFixture(dir);
        keys = fixture.catalog.quickKeys();
        drinks = fixture.catalog.createCategory("Bebidas");
        bakery = fixture.catalog.createCategory("Tortillería");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private Product product(String name, Category category, boolean weighed, long centavos) {
        return fixture.catalog.create(new ProductDraft(name, Optional.empty(), List.of(),
                Optional.ofNullable(category).map(Category::id), weighed ? Unit.KG : Unit.PIEZA, weighed,
                TaxRates.IVA_0, Money.ZERO, Money.ofCentavos(centavos), BigDecimal.ZERO, Optional.empty(), true),
                Optional.empty());
    }

    private static List<String> names(QuickKeyGroup group) {
        return group.items().stream().map(QuickKeyGroup.Item::name).toList();
    }

    @Test
    void groupsByCategoryInNameOrderWithoutCategoryLastAndKeysInMarkingOrder() {
        Product tortilla = product("Tortilla (kg)", bakery, true, 2_400);
        Product copy = product("Copia", null, false, 150);
        Product soda = product("Refresco suelto", drinks, false, 1_500);
        Product bolillo = product("Bolillo", bakery, false, 250);
        product("Pan de caja", bakery, false, 4_800); // not a quick key
        for (Product p : List.of(tortilla, copy, soda, bolillo)) {
            keys.mark(p.id(), OWNER);
        }

        List<QuickKeyGroup> groups = keys.groups();
        assertEquals(List.of(Optional.of("Bebidas"), Optional.of("Tortillería"), Optional.<String>empty()),
                groups.stream().map(QuickKeyGroup::categoryName).toList());
        assertEquals(List.of("Tortilla (kg)", "Bolillo"), names(groups.get(1)));
        QuickKeyGroup.Item first = groups.get(1).items().getFirst();
        assertTrue(first.soldByWeight());
        assertEquals(Money.ofCentavos(2_400), first.price());
        assertEquals(List.of("Copia"), names(groups.get(2)));
        assertEquals(new QuickKeyPlace(2, 2, Optional.of("Tortillería")), keys.place(bolillo.id()).orElseThrow());
    }

    @Test
    void movingSwapsWithTheNeighbourOfTheSameCategoryAndStopsAtTheEnds() {
        Product a = product("Bolillo", bakery, false, 250);
        Product soda = product("Refresco", drinks, false, 1_500);
        Product b = product("Concha", bakery, false, 1_000);
        Product c = product("Tortilla (kg)", bakery, true, 2_400);
        for (Product p : List.of(a, soda, b, c)) {
            keys.mark(p.id(), MANAGER);
        }
        assertTrue(keys.moveUp(c.id(), MANAGER));
        assertEquals(List.of("Bolillo", "Tortilla (kg)", "Concha"), names(keys.groups().get(1)));
        assertTrue(keys.moveUp(c.id(), MANAGER));
        assertFalse(keys.moveUp(c.id(), MANAGER), "already first");
        assertEquals(List.of("Tortilla (kg)", "Bolillo", "Concha"), names(keys.groups().get(1)));
        assertTrue(keys.moveDown(a.id(), MANAGER));
        assertFalse(keys.moveDown(a.id(), MANAGER), "already last");
        assertEquals(List.of("Tortilla (kg)", "Concha", "Bolillo"), names(keys.groups().get(1)));
        assertEquals(List.of("Refresco"), names(keys.groups().getFirst()), "the other tab is untouched");
        assertFalse(keys.moveUp(product("Sin tecla", bakery, false, 100).id(), MANAGER), "no key, nothing to move");
    }

    @Test
    void markingTwiceKeepsOneKeyUnmarkingTakesItAwayAndInactiveProductsAreNotShown() {
        Product bolillo = product("Bolillo", bakery, false, 250);
        Product concha = product("Concha", bakery, false, 1_000);
        keys.mark(bolillo.id(), OWNER);
        keys.mark(bolillo.id(), OWNER);
        keys.mark(concha.id(), OWNER);
        assertEquals(2, fixture.count("QuickKey"));
        keys.unmark(bolillo.id(), OWNER);
        keys.unmark(bolillo.id(), OWNER);
        assertTrue(keys.place(bolillo.id()).isEmpty());
        assertEquals(List.of("Concha"), names(keys.groups().getFirst()));

        ProductDraft retired = new ProductDraft("Concha", Optional.empty(), List.of(), Optional.of(bakery.id()),
                Unit.PIEZA, false, TaxRates.IVA_0, Money.ZERO, Money.ofCentavos(1_000), BigDecimal.ZERO,
                Optional.empty(), false);
        fixture.catalog.update(concha.id(), concha.version(), retired, Optional.empty());
        assertTrue(keys.groups().isEmpty(), "an inactive product has no key on the grid");
    }

    @Test
    void aCashierMayNotChangeThemAndTheReasonIsInSpanish() {
        Product bolillo = product("Bolillo", bakery, false, 250);
        CatalogException refused = assertThrows(CatalogException.class, () -> keys.mark(bolillo.id(), CASHIER));
        assertEquals(CatalogException.Reason.NOT_ALLOWED, refused.reason());
        assertTrue(refused.userMessage().spanish().startsWith("Solo un encargado o el dueño"),
                refused.userMessage().spanish());
        assertThrows(CatalogException.class, () -> keys.moveUp(bolillo.id(), CASHIER));
        assertThrows(CatalogException.class, () -> keys.unmark(bolillo.id(), null));
        assertEquals(0, fixture.count("QuickKey"));
        CatalogException unknown = assertThrows(CatalogException.class, () -> keys.mark(UUID.randomUUID(), OWNER));
        assertEquals(CatalogException.Reason.UNKNOWN_PRODUCT, unknown.reason());
    }

    @Test
    void theKeysAreKeptOnDiskAcrossARestart() {
        Product bolillo = product("Bolillo", bakery, false, 250);
        Product soda = product("Refresco", drinks, false, 1_500);
        keys.markSamples(List.of(soda.id(), bolillo.id()));
        fixture.close();
        fixture = new CatalogFixture(dir);
        List<QuickKeyGroup> groups = fixture.catalog.quickKeys().groups();
        assertEquals(2, groups.size());
        assertEquals(List.of("Refresco"), names(groups.getFirst()));
        assertEquals(List.of("Bolillo"), names(groups.get(1)));
    }
}
