package mx.michangarrito.shared.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A catalog edit made at a terminal (a new product, a price change, a barcode added...), pushed like any
 * terminal event. The cloud applies it to the shop's catalog (the last command received wins) and the
 * result comes back to every terminal, the sending one included, through pull.
 *
 * @param eventId        the command's UUIDv7
 * @param action         create or edit
 * @param basedOnVersion the terminal's version of the product the edit started from (null on create),
 *                       kept in the event log for the owner
 * @param product        the product's whole new state
 * @param categoryName   the name of {@code product.categoryId()}, else null, so the category travels too
 * @param barcodes       every barcode the product has now, in stored form
 * @param userId         who did it, else null
 * @param at             when
 */
public record ProductCommanded(UUID eventId, ProductAction action, Long basedOnVersion, ProductState product,
        String categoryName, List<String> barcodes, UUID userId, Instant at) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "product.commanded";

    public ProductCommanded {
        barcodes = barcodes == null ? null : List.copyOf(barcodes);
    }

    @Override
    public String wireType() {
        return TYPE;
    }
}
