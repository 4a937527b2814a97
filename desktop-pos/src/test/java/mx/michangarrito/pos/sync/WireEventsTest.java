package mx.michangarrito.pos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.outbox.OutboxEntry;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.sync.CategoryCommanded;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SaleCompleted;
import mx.michangarrito.shared.sync.SaleReturned;
import mx.michangarrito.shared.sync.TerminalEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every event the terminal's services put in the outbox reads strictly as its shared wire record. */
class WireEventsTest {

    @TempDir
    Path dir;

    @Test
    void everyOutboxEventOfADayIsAWireRecord() {
        try (TestTerminal t = new TestTerminal(dir)) {
            new Shop(t).aWholeDay();
            List<OutboxEntry> entries = Outbox.pending(t.db, 0, 10_000);
            Map<String, Long> outboxTypes = entries.stream()
                    .collect(Collectors.groupingBy(OutboxEntry::eventType, TreeMap::new, Collectors.counting()));
            assertEquals(List.of("cash.moved", "category.changed", "customer.changed", "customer.created", "fiado.charged", "fiado.paid",
                    "product.created", "product.edited", "sale.completed", "sale.returned", "sale.voided", "shift.closed", "shift.opened", "stock.moved"),
                    List.copyOf(outboxTypes.keySet()), "the day should produce every event kind the terminal has");
            List<PushedEvent> wire = entries.stream().map(WireEvents::of).toList();
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(entries.get(i).seq(), wire.get(i).sequence());
                assertEquals(entries.get(i).eventId(), wire.get(i).event().eventId());
                assertEquals(entries.get(i).createdAt(), wire.get(i).recordedAt());
            }
            Map<Class<?>, Long> wireTypes = wire.stream().map(PushedEvent::event)
                    .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
            assertEquals(TerminalEvent.class.getPermittedSubclasses().length, wireTypes.size(), wireTypes.toString());
            SaleCompleted first = wire.stream().map(PushedEvent::event).filter(SaleCompleted.class::isInstance)
                    .map(SaleCompleted.class::cast).findFirst().orElseThrow();
            assertEquals("CAJA1-1", first.folio());
            assertEquals(2, first.lines().getFirst().quantity().intValueExact());
            var entry = entries.stream().filter(e -> e.eventType().equals("sale.completed")).findFirst().orElseThrow();
            assertTrue(entry.payload().contains("\"quantity\":" + first.lines().getFirst().quantity() + ","),
                    "the wire keeps the outbox's decimals: " + first.lines().getFirst().quantity());
            assertEquals(first.total(), first.lines().stream().map(SaleCompleted.Line::amount)
                    .reduce(mx.michangarrito.shared.money.Money.ZERO, mx.michangarrito.shared.money.Money::plus));
            SaleReturned returned = wire.stream().map(PushedEvent::event).filter(SaleReturned.class::isInstance)
                    .map(SaleReturned.class::cast).findFirst().orElseThrow();
            SaleCompleted returnedSale = wire.stream().map(PushedEvent::event).filter(SaleCompleted.class::isInstance)
                    .map(SaleCompleted.class::cast).filter(s -> s.eventId().equals(returned.saleId())).findFirst()
                    .orElseThrow();
            assertEquals(returned.lines().getFirst().saleLineId(), returnedSale.lines().getFirst().lineId(),
                    "a return names the sale line by the id the sale's wire record carries");
            assertTrue(wire.stream().map(PushedEvent::event).filter(SaleCompleted.class::isInstance)
                    .flatMap(s -> ((SaleCompleted) s).lines().stream()).allMatch(l -> l.lineId() != null));
            CategoryCommanded renamed = wire.stream().map(PushedEvent::event).filter(CategoryCommanded.class::isInstance)
                    .map(CategoryCommanded.class::cast).reduce((a, b) -> b).orElseThrow();
            assertEquals("Bebidas y refrescos", renamed.name());
        }
    }

    @Test
    void aPayloadThatDriftedFromTheWireFormatIsCaughtOnTheTerminal() {
        try (TestTerminal t = new TestTerminal(dir)) {
            new Shop(t).sellSodas(1);
            OutboxEntry entry = Outbox.pending(t.db, 0, 1).getFirst();
            Function<String, Exception> failure = sql -> {
                t.db.writeVoid(s -> s.createNativeMutationQuery(sql).executeUpdate());
                OutboxEntry drifted = Outbox.pending(t.db, 0, 1).getFirst();
                return assertThrows(SyncException.class, () -> WireEvents.of(drifted));
            };
            Exception unknownField = failure.apply("UPDATE outbox SET payload = REPLACE(payload, '\"eventId\"',"
                    + " '\"colour\":\"red\",\"eventId\"') WHERE seq = " + entry.seq());
            assertTrue(unknownField.getMessage().contains("colour"), unknownField.getMessage());
            Exception unknownType = failure.apply("UPDATE outbox SET event_type = 'shift.teleported' WHERE seq = "
                    + entry.seq());
            assertTrue(unknownType.getMessage().contains("shift.teleported"), unknownType.getMessage());
        }
    }
}
