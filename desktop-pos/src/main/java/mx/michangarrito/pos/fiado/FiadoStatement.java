package mx.michangarrito.pos.fiado;

import java.time.LocalDate;
import java.util.List;
import mx.michangarrito.shared.money.Money;

/**
 * A customer's account between two days of the shop, both included: what they owed before, each entry
 * with the running balance, and what they owed at the end ({@code closing = opening + charges − payments
 * − credits}).
 */
public record FiadoStatement(Customer customer, LocalDate from, LocalDate to, Money opening, List<StatementLine> lines,
        Money closing) {

    public FiadoStatement {
        lines = List.copyOf(lines);
    }

    public Money charges() {
        return total(EntryKind.CHARGE);
    }

    public Money payments() {
        return total(EntryKind.PAYMENT);
    }

    public Money credits() {
        return total(EntryKind.CREDIT);
    }

    private Money total(EntryKind kind) {
        return Money.sum(lines.stream().map(StatementLine::entry).filter(e -> e.kind() == kind)
                .map(FiadoEntry::amount).toList());
    }
}
