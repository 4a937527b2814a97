package mx.michangarrito.pos.fiado;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.User;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;

/**
 * The shop's fiado customers: create, edit (every credit limit kept in {@link LimitChange}, set only by a
 * manager or the owner), deactivate and reactivate (kept in {@link CustomerStatusChange}), find and search.
 * Each change queues a {@link CustomerChanged} event.
 */
public final class CustomerService {

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final Outbox outbox;

    public CustomerService(PosDatabase database, Clock clock, UuidV7Generator ids, Outbox outbox) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * Opens an account with a zero balance; {@code by} is the user doing it. A credit limit above zero is a
     * limit change: refused with LIMIT_NEEDS_MANAGER unless {@code by} is an active manager or owner.
     */
    public Customer create(CustomerDraft draft, Optional<UUID> by) {
        Objects.requireNonNull(draft, "draft");
        return database.write(session -> {
            if (!draft.creditLimit().isZero()) {
                requireLimitRole(session, by);
            }
            Instant now = clock.instant();
            Customer customer = new Customer(ids.next(), draft, now);
            session.persist(customer);
            session.persist(new FiadoBalance(customer.id()));
            session.persist(new LimitChange(ids.next(), customer.id(), now, by, Optional.empty(), draft.creditLimit(),
                    Optional.empty()));
            outbox.append(session, CustomerChanged.of(ids.next(), customer, true, by.orElse(null), now));
            return customer;
        });
    }

    /** {@link #edit(UUID, CustomerDraft, Optional, Optional)} without a reason for a limit change. */
    public Customer edit(UUID customerId, CustomerDraft draft, Optional<UUID> by) {
        return edit(customerId, draft, Optional.empty(), by);
    }

    /**
     * Changes name, phone, limit and note. A new limit is written to the limit history (who, when, old and
     * new, {@code limitReason}) in the same transaction, and only an active manager or owner may set it
     * (LIMIT_NEEDS_MANAGER). A lower limit than the balance is allowed: the customer then cannot take more
     * on credit until they pay it down.
     */
    public Customer edit(UUID customerId, CustomerDraft draft, Optional<String> limitReason, Optional<UUID> by) {
        Objects.requireNonNull(draft, "draft");
        Optional<String> reason = CustomerDraft.cleanNote(limitReason);
        return database.write(session -> {
            Customer customer = existing(session, customerId);
            if (customer.matches(draft)) {
                return customer;
            }
            Instant now = clock.instant();
            if (!customer.creditLimit().equals(draft.creditLimit())) {
                requireLimitRole(session, by);
                session.persist(new LimitChange(ids.next(), customerId, now, by, Optional.of(customer.creditLimit()),
                        draft.creditLimit(), reason));
            }
            customer.apply(draft, now);
            outbox.append(session, CustomerChanged.of(ids.next(), customer, false, by.orElse(null), now));
            return customer;
        });
    }

    /**
     * Takes the customer off the counter: no new fiado (INACTIVE_CUSTOMER at the charge, and the counter's
     * search leaves them out), but they keep their balance and statement and may still pay. The reason is
     * required (REASON_REQUIRED) and kept in the status history with who and when.
     */
    public Customer deactivate(UUID customerId, String reason, Optional<UUID> by) {
        Optional<String> why = CustomerDraft.cleanNote(Optional.ofNullable(reason));
        if (why.isEmpty()) {
            throw FiadoException.reasonRequired();
        }
        return database.write(session -> setActive(session, existing(session, customerId), false, why, by));
    }

    /** Puts a deactivated customer back on the counter; the reason is optional. */
    public Customer reactivate(UUID customerId, String reason, Optional<UUID> by) {
        Optional<String> why = CustomerDraft.cleanNote(Optional.ofNullable(reason));
        return database.write(session -> setActive(session, existing(session, customerId), true, why, by));
    }

    private Customer setActive(Session session, Customer customer, boolean active, Optional<String> reason,
            Optional<UUID> by) {
        if (customer.active() != active) {
            Instant now = clock.instant();
            customer.setActive(active, now);
            session.persist(new CustomerStatusChange(ids.next(), customer.id(), now, by, active, reason));
            // the wire's customer state carries "active": the change reaches the cloud like any edit
            outbox.append(session, CustomerChanged.of(ids.next(), customer, false, by.orElse(null), now));
        }
        return customer;
    }

    /**
     * A limit is set only by an active manager or owner. An empty {@code by} is a set-up without a person
     * (demo data, imports): the screens always pass the logged-in user.
     */
    private static void requireLimitRole(Session session, Optional<UUID> by) {
        if (by.isEmpty()) {
            return;
        }
        User user = session.find(User.class, by.get());
        if (user == null || !user.active() || !user.role().atLeast(Role.MANAGER)) {
            throw FiadoException.limitNeedsManager(by.get());
        }
    }

    public Optional<Customer> find(UUID customerId) {
        return database.read(session -> Optional.ofNullable(session.find(Customer.class, customerId)));
    }

    /**
     * Active customers whose name contains every word of {@code query} (accents and case ignored) or whose
     * phone contains a word typed as digits; names starting with the query first, then by name.
     */
    public List<Customer> search(String query, int limit) {
        return database.read(session -> CustomerSearch.search(session, query, limit));
    }

    /** Active customers with what each owes, by name. */
    public List<CustomerBalance> listWithBalances() {
        return listWithBalances(true);
    }

    /** Active (or, with {@code active} false, deactivated) customers with what each owes, by name. */
    public List<CustomerBalance> listWithBalances(boolean active) {
        return database.read(session -> session.createSelectionQuery("""
                select c, b.balanceCentavos from Customer c join FiadoBalance b on b.customerId = c.id
                where c.active = :active order by c.searchName, c.id""", Object[].class)
                .setParameter("active", active).getResultStream()
                .map(row -> new CustomerBalance((Customer) row[0], Money.ofCentavos((Long) row[1]))).toList());
    }

    /** Every credit limit the customer had, oldest first; the first is the one they were created with. */
    public List<LimitChange> limitHistory(UUID customerId) {
        return database.read(session -> session.createSelectionQuery(
                "from LimitChange where customerId = :id order by changedAt, id", LimitChange.class)
                .setParameter("id", customerId).getResultList());
    }

    /** Every deactivation and reactivation of the customer, oldest first. */
    public List<CustomerStatusChange> statusHistory(UUID customerId) {
        return database.read(session -> session.createSelectionQuery(
                "from CustomerStatusChange where customerId = :id order by changedAt, id", CustomerStatusChange.class)
                .setParameter("id", customerId).getResultList());
    }

    /** Limit changes and status changes of the customer together, oldest first, with who made each. */
    public List<CustomerHistory> history(UUID customerId) {
        return database.read(session -> {
            java.util.function.Function<Optional<UUID>, Optional<String>> name = by -> by
                    .map(id -> session.find(User.class, id)).map(User::displayName);
            List<CustomerHistory> all = new java.util.ArrayList<>();
            session.createSelectionQuery("from LimitChange where customerId = :id", LimitChange.class)
                    .setParameter("id", customerId).getResultList()
                    .forEach(c -> all.add(CustomerHistory.of(c, name.apply(c.changedBy()))));
            session.createSelectionQuery("from CustomerStatusChange where customerId = :id", CustomerStatusChange.class)
                    .setParameter("id", customerId).getResultList()
                    .forEach(c -> all.add(CustomerHistory.of(c, name.apply(c.changedBy()))));
            all.sort(java.util.Comparator.comparing(CustomerHistory::at));
            return all;
        });
    }

    /** The customer, or UNKNOWN_CUSTOMER. */
    static Customer existing(Session session, UUID customerId) {
        Customer customer = session.find(Customer.class, customerId);
        if (customer == null) {
            throw FiadoException.unknownCustomer(customerId);
        }
        return customer;
    }
}
