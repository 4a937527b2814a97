package mx.michangarrito.pos.fiado;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;

/**
 * The shop's fiado customers: create, edit (every credit limit kept in {@link LimitChange}), close an
 * account once it is at zero, find and search. Each change queues a {@link CustomerChanged} event.
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

    /** Opens an account with a zero balance; {@code by} is the user doing it. */
    public Customer create(CustomerDraft draft, Optional<UUID> by) {
        Objects.requireNonNull(draft, "draft");
        return database.write(session -> {
            Instant now = clock.instant();
            Customer customer = new Customer(ids.next(), draft, now);
            session.persist(customer);
            session.persist(new FiadoBalance(customer.id()));
            session.persist(new LimitChange(ids.next(), customer.id(), now, by, Optional.empty(), draft.creditLimit()));
            outbox.append(session, CustomerChanged.of(ids.next(), customer, true, by.orElse(null), now));
            return customer;
        });
    }

    /**
     * Changes name, phone, limit and note. A lower limit than the balance is allowed: the customer then
     * cannot take more on credit until they pay it down.
     */
    public Customer edit(UUID customerId, CustomerDraft draft, Optional<UUID> by) {
        Objects.requireNonNull(draft, "draft");
        return database.write(session -> {
            Customer customer = existing(session, customerId);
            if (customer.matches(draft)) {
                return customer;
            }
            Instant now = clock.instant();
            if (!customer.creditLimit().equals(draft.creditLimit())) {
                session.persist(new LimitChange(ids.next(), customerId, now, by, Optional.of(customer.creditLimit()),
                        draft.creditLimit()));
            }
            customer.apply(draft, now);
            outbox.append(session, CustomerChanged.of(ids.next(), customer, false, by.orElse(null), now));
            return customer;
        });
    }

    /** Closes the account; refused with HAS_BALANCE unless it is exactly at zero. */
    public Customer deactivate(UUID customerId, Optional<UUID> by) {
        return database.write(session -> {
            Customer customer = existing(session, customerId);
            FiadoBalance balance = session.find(FiadoBalance.class, customerId);
            if (!balance.balance().isZero()) {
                throw FiadoException.hasBalance(customer, balance.balance());
            }
            return setActive(session, customer, false, by);
        });
    }

    /** Reopens a closed account. */
    public Customer reactivate(UUID customerId, Optional<UUID> by) {
        return database.write(session -> setActive(session, existing(session, customerId), true, by));
    }

    private Customer setActive(Session session, Customer customer, boolean active, Optional<UUID> by) {
        if (customer.active() != active) {
            Instant now = clock.instant();
            customer.setActive(active, now);
            outbox.append(session, CustomerChanged.of(ids.next(), customer, false, by.orElse(null), now));
        }
        return customer;
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
        return database.read(session -> session.createSelectionQuery("""
                select c, b.balanceCentavos from Customer c join FiadoBalance b on b.customerId = c.id
                where c.active = true order by c.searchName, c.id""", Object[].class).getResultStream()
                .map(row -> new CustomerBalance((Customer) row[0], Money.ofCentavos((Long) row[1]))).toList());
    }

    /** Every credit limit the customer had, oldest first; the first is the one they were created with. */
    public List<LimitChange> limitHistory(UUID customerId) {
        return database.read(session -> session.createSelectionQuery(
                "from LimitChange where customerId = :id order by changedAt, id", LimitChange.class)
                .setParameter("id", customerId).getResultList());
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
