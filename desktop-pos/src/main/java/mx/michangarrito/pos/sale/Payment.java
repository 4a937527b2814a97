package mx.michangarrito.pos.sale;

import java.util.List;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.shared.money.Money;

/**
 * Tenders checked against a total: non-cash tenders may not exceed it, all together must cover it, and
 * the change (only ever from cash) is what is left over.
 *
 * @param change      what the cashier hands back
 * @param cashKept    cash that stays in the drawer (cash handed over − change)
 */
record Payment(Money change, Money cashKept) {

    static Payment check(Money total, List<Tender> tenders) {
        Money cash = sum(tenders, true);
        Money other = sum(tenders, false);
        if (other.isGreaterThan(total)) {
            throw SaleException.of(SaleException.Reason.NON_CASH_OVERPAYMENT, "non-cash " + other + " > " + total);
        }
        Money paid = cash.plus(other);
        if (paid.isLessThan(total)) {
            throw SaleException.tenderShort(total, paid);
        }
        Money change = paid.minus(total);
        return new Payment(change, cash.minus(change));
    }

    private static Money sum(List<Tender> tenders, boolean cash) {
        return Money.sum(tenders.stream().filter(t -> (t.kind() == TenderKind.CASH) == cash).map(Tender::amount).toList());
    }
}
