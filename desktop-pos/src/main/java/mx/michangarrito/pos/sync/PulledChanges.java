package mx.michangarrito.pos.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import mx.michangarrito.pos.catalog.CatalogReplica;
import mx.michangarrito.pos.catalog.CategoryCommand;
import mx.michangarrito.pos.fiado.CustomerReplica;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.user.UserReplica;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CategoryState;
import mx.michangarrito.shared.sync.CloudChange;
import mx.michangarrito.shared.sync.CustomerState;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.SettingState;
import mx.michangarrito.shared.sync.Tombstone;
import mx.michangarrito.shared.sync.UserState;
import org.hibernate.Session;

/**
 * Applies pulled changes inside the caller's transaction, in the cloud's order, queueing nothing in the
 * outbox. A record this counter changed and has not pushed yet (a product or customer command still in
 * the outbox) is left as it is here: the command goes up, and the cloud's answer to it comes back
 * down with a later pull.
 */
final class PulledChanges {

    /** The owner's ticket header and footer as the cloud sends them. */
    static final String CLOUD_TICKET_HEADER = "shop.ticket-header";
    static final String CLOUD_TICKET_FOOTER = "shop.ticket-footer";
    private static final System.Logger LOG = System.getLogger(PulledChanges.class.getName());
    private static final List<String> PRODUCT_COMMANDS = List.of("product.created", "product.edited");
    private static final List<String> CATEGORY_COMMANDS = List.of(CategoryCommand.TYPE);
    private static final List<String> CUSTOMER_COMMANDS = List.of("customer.created", "customer.changed");

    private final CatalogReplica catalog;
    private final CustomerReplica customers;
    private final UserReplica users = new UserReplica();
    private final Clock clock;

    PulledChanges(UuidV7Generator ids, Clock clock) {
        this.catalog = new CatalogReplica(ids);
        this.customers = new CustomerReplica(ids);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Applies {@code changes}; returns the products whose search entry must be read again. */
    Set<UUID> apply(Session session, Collection<PulledChange> changes) {
        Instant now = clock.instant();
        Set<UUID> products = new HashSet<>();
        for (PulledChange pulled : changes) {
            CloudChange change = pulled.change();
            switch (change) {
                case ProductState p -> {
                    if (!pending(session, p.productId(), PRODUCT_COMMANDS) && catalog.apply(session, p, now)) {
                        products.add(p.productId());
                    }
                }
                case BarcodeState b -> {
                    if (!pending(session, b.productId(), PRODUCT_COMMANDS)
                            && catalog.productOfBarcode(session, b.code())
                                    .map(local -> !pending(session, local, PRODUCT_COMMANDS)).orElse(true)
                            && catalog.apply(session, b)) {
                        products.add(b.productId());
                    }
                }
                case CategoryState c -> {
                    if (!pending(session, c.categoryId(), CATEGORY_COMMANDS)) {
                        catalog.apply(session, c, now);
                    }
                }
                case CustomerState c -> {
                    if (!pending(session, c.customerId(), CUSTOMER_COMMANDS)) {
                        customers.apply(session, c, now);
                    }
                }
                case UserState u -> users.apply(session, u, now);
                case SettingState s -> applySetting(session, s, now);
                case Tombstone t -> remove(session, t, products);
            }
            session.flush();
        }
        return products;
    }

    private void remove(Session session, Tombstone t, Set<UUID> products) {
        if (BarcodeState.KIND.equals(t.removedKind())) {
            boolean mine = catalog.productOfBarcode(session, t.removedKey())
                    .map(local -> pending(session, local, PRODUCT_COMMANDS)).orElse(false);
            if (!mine) {
                catalog.removeBarcode(session, t.removedKey()).ifPresent(products::add);
            }
        } else if (SettingState.KIND.equals(t.removedKind()) && t.removedKey().startsWith(SettingState.SHOP_PREFIX)) {
            session.createNativeMutationQuery("DELETE FROM setting WHERE name = :name")
                    .setParameter("name", localName(t.removedKey())).executeUpdate();
        } else {
            LOG.log(System.Logger.Level.INFO, "tombstone of {0} {1} ignored: such records are deactivated, not removed",
                    t.removedKind(), t.removedKey());
        }
    }

    private static void applySetting(Session session, SettingState s, Instant now) {
        if (s.name() == null || !s.name().startsWith(SettingState.SHOP_PREFIX) || s.value() == null
                || s.name().length() > 100 || s.value().length() > 4000) {
            LOG.log(System.Logger.Level.WARNING, "cloud setting {0} not applicable here", s.name());
            return;
        }
        session.createNativeMutationQuery("MERGE INTO setting (name, text_value, updated_at) KEY (name)"
                + " VALUES (:name, :value, :at)").setParameter("name", localName(s.name())).setParameter("value", s.value())
                .setParameter("at", now).executeUpdate();
    }

    /**
     * The terminal's name of a shop setting from the cloud: the owner's ticket header and footer travel as
     * {@code shop.ticket-header} / {@code shop.ticket-footer} (only {@code shop.*} settings travel) and are
     * kept where the ticket reads them ({@code ticket.header} / {@code ticket.footer}); every other name is
     * kept as it comes.
     */
    static String localName(String cloudName) {
        return switch (cloudName) {
            case CLOUD_TICKET_HEADER -> ReceiptSettings.HEADER;
            case CLOUD_TICKET_FOOTER -> ReceiptSettings.FOOTER;
            default -> cloudName;
        };
    }

    /** True if the outbox still holds one of {@code types} about {@code aggregateId}. */
    private static boolean pending(Session session, UUID aggregateId, List<String> types) {
        return session.createSelectionQuery("select count(*) from OutboxEntry where aggregateId = :id"
                + " and eventType in :types", Long.class).setParameter("id", aggregateId)
                .setParameter("types", types).getSingleResult() > 0;
    }
}
