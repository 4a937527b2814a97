package mx.michangarrito.pos.sale;

import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;

/**
 * The fiado ledger as the sale engine uses it, inside the sale's own transaction. Implemented by
 * {@code pos.fiado}; kept as an interface so sales do not depend on how credit is kept.
 */
public interface CreditAccounts {

    /** Charges a sale to a customer's account; refuses above the limit unless {@code overrideBy} is set. */
    void charge(Session session, UUID customerId, Money amount, UUID saleId, Optional<UUID> overrideBy);

    /** Credits a return or a void back to a customer's account. */
    void credit(Session session, UUID customerId, Money amount, UUID referenceId);
}
