package mx.michangarrito.pos.receipt;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import mx.michangarrito.pos.fiado.FiadoStatement;

/**
 * A customer's fiado statement as printed: the period's account, when it was printed and by whom.
 *
 * @param printedAt when it was asked for (UTC; printed in the shop's zone)
 */
public record StatementTicket(FiadoStatement statement, Instant printedAt, String cashier) {

    public StatementTicket {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(cashier, "cashier");
    }

    /** The name of the print job: the customer and the period. */
    public String folio() {
        return String.format(Locale.ROOT, "EC %s %s..%s", statement.customer().name(), statement.from(),
                statement.to());
    }
}
