package mx.michangarrito.pos.fiado;

import mx.michangarrito.shared.money.Money;

/** One entry of a statement with the balance right after it. */
public record StatementLine(FiadoEntry entry, Money balanceAfter) {
}
