package mx.michangarrito.pos.fiado;

import java.time.Instant;
import java.util.Optional;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.CustomerState;
import org.hibernate.Session;

/**
 * Applies the cloud's copy of a customer inside the caller's transaction, without queueing anything
 * (no echo). A new customer starts with a zero balance here: the fiado entries of other counters stay
 * theirs, the cloud sums them. Every credit limit is still kept in {@link LimitChange}.
 */
public final class CustomerReplica {

    private static final System.Logger LOG = System.getLogger(CustomerReplica.class.getName());

    private final UuidV7Generator ids;

    public CustomerReplica(UuidV7Generator ids) {
        this.ids = ids;
    }

    /** True if applied; a state this terminal cannot hold is logged and left out. */
    public boolean apply(Session session, CustomerState state, Instant now) {
        CustomerDraft draft;
        try {
            draft = new CustomerDraft(state.name(), Optional.ofNullable(state.phone()),
                    Money.ofCentavos(state.creditLimitCentavos()), Optional.ofNullable(state.note()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cloud customer {0} not applicable here: {1}", state.customerId(),
                    e.getMessage());
            return false;
        }
        Customer customer = session.find(Customer.class, state.customerId());
        if (customer == null) {
            customer = new Customer(state.customerId(), draft, now);
            session.persist(customer);
            session.persist(new FiadoBalance(customer.id()));
            session.persist(new LimitChange(ids.next(), customer.id(), now, Optional.empty(), Optional.empty(),
                    draft.creditLimit(), Optional.empty()));
        } else if (!customer.matches(draft)) {
            if (!customer.creditLimit().equals(draft.creditLimit())) {
                session.persist(new LimitChange(ids.next(), customer.id(), now, Optional.empty(),
                        Optional.of(customer.creditLimit()), draft.creditLimit(), Optional.empty()));
            }
            customer.apply(draft, now);
        }
        if (customer.active() != state.active()) {
            customer.setActive(state.active(), now);
            session.persist(new CustomerStatusChange(ids.next(), customer.id(), now, Optional.empty(), state.active(),
                    Optional.empty()));
        }
        return true;
    }
}
