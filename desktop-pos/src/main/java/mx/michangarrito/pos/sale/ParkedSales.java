package mx.michangarrito.pos.sale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;

/**
 * Sets carts aside and brings them back, with the prices the customer was quoted. Parked carts are stored
 * durably, so they survive closing the app or a power cut; resuming one removes it in the same step.
 */
public final class ParkedSales {

    /** Made on first use, like the outbox's (decision 0025): parking is rare, the start is every day. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;

    public ParkedSales(PosDatabase database, Clock clock, UuidV7Generator ids) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Parks the cart under a label ("Señora del 5"); the caller then clears the counter's cart. */
    public ParkedSale park(Cart cart, String label, UUID cashierId) {
        if (cart.isEmpty()) {
            throw SaleException.of(SaleException.Reason.EMPTY_CART, "nothing to park");
        }
        String name = label == null || label.isBlank() ? "En espera" : label.strip();
        String text = write(ParkedCart.of(cart));
        ParkedSale parked = new ParkedSale(ids.next(), cashierId, name.length() > 100 ? name.substring(0, 100) : name,
                clock.instant(), text);
        database.writeVoid(session -> session.persist(parked));
        return parked;
    }

    /** Parked carts, oldest first. */
    public List<ParkedSale> list() {
        return database.read(session -> session.createSelectionQuery("from ParkedSale order by parkedAt, id",
                ParkedSale.class).getResultList());
    }

    /** Takes a parked cart back to the counter; it is no longer parked. */
    public Cart resume(UUID parkedId) {
        return database.write(session -> {
            ParkedSale parked = session.find(ParkedSale.class, parkedId);
            if (parked == null) {
                throw SaleException.of(SaleException.Reason.UNKNOWN_PARKED, "no parked sale " + parkedId);
            }
            session.remove(parked);
            return read(parked.cartJson()).toCart();
        });
    }

    private String write(ParkedCart cart) {
        try {
            return Json.MAPPER.writeValueAsString(cart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a parked cart", e);
        }
    }

    private ParkedCart read(String text) {
        try {
            return Json.MAPPER.readValue(text, ParkedCart.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parked cart could not be read back", e);
        }
    }
}
