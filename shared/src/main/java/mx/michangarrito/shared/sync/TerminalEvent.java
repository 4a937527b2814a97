package mx.michangarrito.shared.sync;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An immutable event born at a terminal, as it travels to the cloud. The JSON property {@code type}
 * names the record ({@code sale.completed}, {@code stock.moved}, ...); the other properties are exactly
 * the terminal's outbox payload of that event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SaleCompleted.class, name = SaleCompleted.TYPE),
        @JsonSubTypes.Type(value = SaleVoided.class, name = SaleVoided.TYPE),
        @JsonSubTypes.Type(value = SaleReturned.class, name = SaleReturned.TYPE),
        @JsonSubTypes.Type(value = StockMoved.class, name = StockMoved.TYPE),
        @JsonSubTypes.Type(value = CashMoved.class, name = CashMoved.TYPE),
        @JsonSubTypes.Type(value = ShiftOpened.class, name = ShiftOpened.TYPE),
        @JsonSubTypes.Type(value = ShiftClosed.class, name = ShiftClosed.TYPE),
        @JsonSubTypes.Type(value = FiadoRecorded.class, name = FiadoRecorded.TYPE),
        @JsonSubTypes.Type(value = CustomerChanged.class, name = CustomerChanged.TYPE),
        @JsonSubTypes.Type(value = ProductCommanded.class, name = ProductCommanded.TYPE),
        @JsonSubTypes.Type(value = CategoryCommanded.class, name = CategoryCommanded.TYPE)
})
public sealed interface TerminalEvent permits SaleCompleted, SaleVoided, SaleReturned, StockMoved, CashMoved,
        ShiftOpened, ShiftClosed, FiadoRecorded, CustomerChanged, ProductCommanded,
        CategoryCommanded {

    /** The event's UUIDv7, given where it was born: the cloud stores it once per shop, whatever the retries. */
    UUID eventId();

    /** The wire type name, the {@code type} property of the JSON form. */
    String wireType();
}
