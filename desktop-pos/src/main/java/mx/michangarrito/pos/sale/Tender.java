package mx.michangarrito.pos.sale;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.shared.money.Money;

/**
 * One way the customer pays part (or all) of a sale.
 *
 * @param amount     for cash, what the customer handed over (change is computed); otherwise what is charged
 * @param reference  card authorisation number (required for card) or transfer reference
 * @param customerId the fiado account (required for fiado)
 * @param overrideBy a manager who allowed a fiado charge above the customer's limit
 */
public record Tender(TenderKind kind, Money amount, Optional<String> reference, Optional<UUID> customerId,
        Optional<UUID> overrideBy) {

    public Tender {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        reference = reference.map(String::strip).filter(r -> !r.isEmpty());
        if (!amount.isPositive()) {
            throw SaleException.badTender(kind, amount);
        }
        if (kind == TenderKind.CARD && reference.isEmpty()) {
            throw SaleException.cardNeedsAuthorisation();
        }
        if (reference.isPresent() && reference.get().length() > 60) {
            throw SaleException.badTender(kind, amount);
        }
        if (kind == TenderKind.FIADO && customerId.isEmpty()) {
            throw SaleException.fiadoNeedsCustomer();
        }
    }

    public static Tender cash(Money handed) {
        return new Tender(TenderKind.CASH, handed, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Tender card(Money amount, String authorisation) {
        return new Tender(TenderKind.CARD, amount, Optional.ofNullable(authorisation), Optional.empty(), Optional.empty());
    }

    public static Tender transfer(Money amount, String reference) {
        return new Tender(TenderKind.TRANSFER, amount, Optional.ofNullable(reference), Optional.empty(), Optional.empty());
    }

    public static Tender fiado(Money amount, UUID customerId) {
        return new Tender(TenderKind.FIADO, amount, Optional.empty(), Optional.of(customerId), Optional.empty());
    }
}
