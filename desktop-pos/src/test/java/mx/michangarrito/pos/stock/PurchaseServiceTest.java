package mx.michangarrito.pos.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.PriceChange;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurchaseServiceTest {

    @TempDir
    Path dir;

    @Test
    void aPurchaseOfSeveralProductsIsOneReferenceWithTheNewCostInThePriceHistory() {
        try (TestTerminal t = new TestTerminal(dir)) {
            Product coke = t.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
            Product bread = t.product("Pan dulce", 1_050, TaxRates.IVA_0);
            long outboxBefore = t.count("OutboxEntry");
            UUID purchase = t.services().purchases.receive(List.of(
                    new PurchaseLine(coke.id(), new BigDecimal("24"), Optional.of(Money.ofCentavos(1_350))),
                    new PurchaseLine(bread.id(), new BigDecimal("10"), Optional.empty())),
                    Optional.of("Factura 123"), Optional.of(t.managerId));
            assertEquals(0, new BigDecimal("24").compareTo(t.stock.onHand(coke.id())));
            assertEquals(0, new BigDecimal("10").compareTo(t.stock.onHand(bread.id())));
            StockMovement moved = t.stock.movements(coke.id()).getFirst();
            assertEquals(MovementReason.PURCHASE, moved.reason());
            assertEquals(Optional.of(purchase), moved.referenceId());
            assertEquals(Optional.of("Factura 123"), moved.note());
            assertEquals(Optional.of(purchase), t.stock.movements(bread.id()).getFirst().referenceId());
            assertEquals(Money.ofCentavos(1_350), t.catalog.find(coke.id()).orElseThrow().cost());
            List<PriceChange> history = t.catalog.priceHistory(coke.id());
            assertEquals(2, history.size());
            assertEquals(1_350, history.getLast().newCostCentavos());
            assertEquals(Optional.of(0L), history.getLast().oldCostCentavos());
            assertEquals(2_000, history.getLast().newPriceCentavos(), "the price stays");
            assertEquals(1, t.catalog.priceHistory(bread.id()).size(), "no cost given, no change recorded");
            assertEquals(3, t.count("OutboxEntry") - outboxBefore, "one stock event per line, one product edit");
            List<mx.michangarrito.pos.outbox.OutboxEntry> edits = mx.michangarrito.pos.outbox.Outbox
                    .pending(t.db, 0, 1_000).stream().filter(e -> e.eventType().equals("product.edited")).toList();
            assertEquals(1, edits.size(), "the new cost goes to the cloud as an edit of the product");
            assertEquals(coke.id(), edits.getFirst().aggregateId());
            assertEquals(true, edits.getFirst().payload().contains("1350"), edits.getFirst().payload());
        }
    }

    @Test
    void anUnknownProductInTheLastLineLeavesNothingReceived() {
        try (TestTerminal t = new TestTerminal(dir)) {
            Product coke = t.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
            StockException e = assertThrows(StockException.class, () -> t.services().purchases.receive(List.of(
                    new PurchaseLine(coke.id(), new BigDecimal("24"), Optional.of(Money.ofCentavos(1_350))),
                    new PurchaseLine(UUID.randomUUID(), BigDecimal.ONE, Optional.empty())), Optional.empty(),
                    Optional.empty()));
            assertEquals(StockException.Reason.UNKNOWN_PRODUCT, e.reason());
            assertEquals(0, t.count("StockMovement"));
            assertEquals(0, BigDecimal.ZERO.compareTo(t.stock.onHand(coke.id())));
            assertEquals(Money.ZERO, t.catalog.find(coke.id()).orElseThrow().cost());
            assertEquals(1, t.catalog.priceHistory(coke.id()).size());
        }
    }

    @Test
    void aLineMustHaveAPositiveQuantityAndAPurchaseALine() {
        UUID id = UUID.randomUUID();
        assertEquals(StockException.Reason.BAD_QUANTITY, assertThrows(StockException.class,
                () -> new PurchaseLine(id, BigDecimal.ZERO, Optional.empty())).reason());
        assertEquals(StockException.Reason.BAD_COST, assertThrows(StockException.class,
                () -> new PurchaseLine(id, BigDecimal.ONE, Optional.of(Money.ofCentavos(-1)))).reason());
        try (TestTerminal t = new TestTerminal(dir)) {
            assertEquals(StockException.Reason.EMPTY_PURCHASE, assertThrows(StockException.class,
                    () -> t.services().purchases.receive(List.of(), Optional.empty(), Optional.empty())).reason());
        }
    }
}
