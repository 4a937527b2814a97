package mx.michangarrito.pos.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.PosEntities;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.outbox.OutboxEntry;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.barcode.VariableMeasureLayouts;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockServiceTest {

    @TempDir
    Path dataDir;
    PosDatabase db;
    CatalogService catalog;
    StockService stock;

    @BeforeEach
    void open() {
        db = PosDatabase.open(dataDir, PosEntities.all());
        UuidV7Generator ids = UuidV7Generator.system();
        catalog = new CatalogService(db, Clock.systemUTC(), ids, VariableMeasureLayouts.of());
        stock = new StockService(db, Clock.systemUTC(), ids, new Outbox(Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Product product(String name, String minStock) {
        return catalog.create(new ProductDraft(name, Optional.empty(), List.of(), Optional.empty(), Unit.PIEZA, false,
                TaxRates.IVA_16, Money.ZERO, Money.ofPesos(10), new BigDecimal(minStock), Optional.empty(), true),
                Optional.empty());
    }

    private static BigDecimal qty(String q) {
        return new BigDecimal(q).setScale(3);
    }

    @Test
    void onHandIsTheSumOfMovementsWithTheirReasons() {
        Product rice = product("Arroz 1 kg", "0");
        stock.receivePurchase(rice.id(), qty("24"), Optional.of("factura 881"), Optional.empty());
        stock.adjust(rice.id(), qty("-2"), "bolsas rotas", Optional.empty());
        assertEquals(qty("22"), stock.onHand(rice.id()));
        List<StockMovement> moves = stock.movements(rice.id());
        assertEquals(List.of(MovementReason.PURCHASE, MovementReason.ADJUSTMENT),
                moves.stream().map(StockMovement::reason).toList());
        assertEquals(stock.onHand(rice.id()), moves.stream().map(StockMovement::quantity).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aCountRecordsOnlyTheDifference() {
        Product soap = product("Jabón", "0");
        stock.receivePurchase(soap.id(), qty("10"), Optional.empty(), Optional.empty());
        StockMovement counted = stock.count(soap.id(), qty("7"), Optional.empty()).orElseThrow();
        assertEquals(qty("-3"), counted.quantity());
        assertEquals(MovementReason.COUNT, counted.reason());
        assertEquals(Optional.empty(), stock.count(soap.id(), qty("7"), Optional.empty()));
        assertEquals(qty("7"), stock.onHand(soap.id()));
    }

    @Test
    void everyMovementQueuesOneOutboxEventInOrder() {
        Product beans = product("Frijol", "0");
        stock.receivePurchase(beans.id(), qty("5"), Optional.empty(), Optional.empty());
        stock.adjust(beans.id(), qty("-1.250"), "merma", Optional.empty());
        // Sequence 1 is the product's own command for the cloud (product.created).
        List<OutboxEntry> events = Outbox.pending(db, 0, 100).stream()
                .filter(e -> e.eventType().equals("stock.moved")).toList();
        assertEquals(List.of(2L, 3L), events.stream().map(OutboxEntry::seq).toList());
        assertEquals(stock.movements(beans.id()).stream().map(StockMovement::id).toList(),
                events.stream().map(OutboxEntry::eventId).toList());
        assertTrue(events.get(1).payload().contains("\"quantity\":-1.25"), events.get(1).payload());
        assertTrue(events.get(1).payload().contains("\"reason\":\"ADJUSTMENT\""), events.get(1).payload());
    }

    @Test
    void lowStockListsProductsAtOrBelowTheirMinimumIncludingNegativeStock() {
        Product milk = product("Leche", "6");
        Product eggs = product("Huevo", "2");
        Product pens = product("Plumas", "0");
        stock.receivePurchase(milk.id(), qty("6"), Optional.empty(), Optional.empty());
        stock.receivePurchase(eggs.id(), qty("1"), Optional.empty(), Optional.empty());
        stock.adjust(eggs.id(), qty("-3"), "venta sin sistema", Optional.empty());
        List<LowStock> low = stock.lowStock();
        assertEquals(List.of("Huevo", "Leche"), low.stream().map(LowStock::name).toList());
        assertEquals(qty("-2"), low.getFirst().onHand());
        assertTrue(low.stream().noneMatch(l -> l.productId().equals(pens.id())));
    }

    @Test
    void refusesMeaninglessChangesAndWritesNothing() {
        Product p = product("Sal", "0");
        assertEquals(StockException.Reason.BAD_QUANTITY, assertThrows(StockException.class,
                () -> stock.receivePurchase(p.id(), qty("-1"), Optional.empty(), Optional.empty())).reason());
        assertEquals(StockException.Reason.BAD_QUANTITY, assertThrows(StockException.class,
                () -> stock.adjust(p.id(), new BigDecimal("0.0001"), "x", Optional.empty())).reason());
        assertEquals(StockException.Reason.NOTE_REQUIRED, assertThrows(StockException.class,
                () -> stock.adjust(p.id(), qty("1"), " ", Optional.empty())).reason());
        assertEquals(StockException.Reason.UNKNOWN_PRODUCT, assertThrows(StockException.class,
                () -> stock.receivePurchase(UUID.randomUUID(), qty("1"), Optional.empty(), Optional.empty())).reason());
        assertEquals(List.of(), stock.movements(p.id()));
        assertEquals(List.of(), Outbox.pending(db, 0, 10).stream().filter(e -> !e.eventType().startsWith("product."))
                .toList());
    }
}
