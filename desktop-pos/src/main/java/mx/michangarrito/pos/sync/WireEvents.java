package mx.michangarrito.pos.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import mx.michangarrito.pos.catalog.CategoryCommand;
import mx.michangarrito.pos.outbox.OutboxEntry;
import mx.michangarrito.shared.sync.CashMoved;
import mx.michangarrito.shared.sync.CategoryCommanded;
import mx.michangarrito.shared.sync.CustomerChanged;
import mx.michangarrito.shared.sync.FiadoRecorded;
import mx.michangarrito.shared.sync.ProductCommanded;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SaleCompleted;
import mx.michangarrito.shared.sync.SaleReturned;
import mx.michangarrito.shared.sync.SaleVoided;
import mx.michangarrito.shared.sync.ShiftClosed;
import mx.michangarrito.shared.sync.ShiftOpened;
import mx.michangarrito.shared.sync.StockMoved;
import mx.michangarrito.shared.sync.TerminalEvent;

/**
 * Turns an outbox entry into its wire record. The outbox payload is the event record's JSON; the wire
 * record has the same members plus {@code type}, so the payload is read strictly into the shared record:
 * an outbox event that drifts from the wire format fails here, on the terminal, not in the cloud.
 */
final class WireEvents {

    /** Outbox event type → wire type. Fiado kinds and customer creation share one wire record each. */
    private static final Map<String, String> WIRE_TYPES = Map.ofEntries(
            Map.entry("sale.completed", SaleCompleted.TYPE),
            Map.entry("sale.voided", SaleVoided.TYPE),
            Map.entry("sale.returned", SaleReturned.TYPE),
            Map.entry("stock.moved", StockMoved.TYPE),
            Map.entry("cash.moved", CashMoved.TYPE),
            Map.entry("shift.opened", ShiftOpened.TYPE),
            Map.entry("shift.closed", ShiftClosed.TYPE),
            Map.entry("fiado.charged", FiadoRecorded.TYPE),
            Map.entry("fiado.paid", FiadoRecorded.TYPE),
            Map.entry("fiado.credited", FiadoRecorded.TYPE),
            Map.entry("customer.created", CustomerChanged.TYPE),
            Map.entry("customer.changed", CustomerChanged.TYPE),
            Map.entry("product.created", ProductCommanded.TYPE),
            Map.entry("product.edited", ProductCommanded.TYPE),
            Map.entry(CategoryCommand.TYPE, CategoryCommanded.TYPE));

    private WireEvents() {
    }

    /** The entry as it travels; fails with {@link SyncException} if it cannot be the wire record. */
    static PushedEvent of(OutboxEntry entry) {
        String wireType = WIRE_TYPES.get(entry.eventType());
        if (wireType == null) {
            throw new SyncException("outbox entry " + entry.seq() + " has no wire type: " + entry.eventType());
        }
        try {
            ObjectNode node = (ObjectNode) SyncJson.STRICT.readTree(entry.payload());
            node.put("type", wireType);
            TerminalEvent event = SyncJson.STRICT.treeToValue(node, TerminalEvent.class);
            if (!event.eventId().equals(entry.eventId())) {
                throw new SyncException("outbox entry " + entry.seq() + " carries event " + event.eventId()
                        + " but is filed as " + entry.eventId());
            }
            return new PushedEvent(entry.seq(), entry.createdAt(), event);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new SyncException("outbox entry " + entry.seq() + " (" + entry.eventType()
                    + ") does not match the wire format: " + message(e), e);
        }
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
