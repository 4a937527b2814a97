package mx.michangarrito.pos.fiado;

import mx.michangarrito.shared.money.Money;

/** A customer with what they owe now (negative: what the shop owes them). */
public record CustomerBalance(Customer customer, Money balance) {

    /** What may still be charged without a manager: limit − balance, never below zero. */
    public Money available() {
        return Money.max(Money.ZERO, customer.creditLimit().minus(balance));
    }
}
