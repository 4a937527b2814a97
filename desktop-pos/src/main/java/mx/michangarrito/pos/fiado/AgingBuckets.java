package mx.michangarrito.pos.fiado;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import mx.michangarrito.shared.money.Money;

/**
 * First-in first-out aging. Payments and credits pay off the oldest charges first (a credit made before a
 * charge pays it as soon as it exists), so what remains unpaid is always the newest charges: walking the
 * charges newest first and taking from each until the balance is covered gives each unpaid part its age.
 */
final class AgingBuckets {

    /** One charge: the shop's day it was made and its amount. */
    record Charge(LocalDate day, long centavos) {
    }

    private AgingBuckets() {
    }

    /**
     * @param balance     positive, what the customer owes at {@code asOf}
     * @param newestFirst the customer's charges up to {@code asOf}, newest first; they add up to at least
     *                    {@code balance}
     */
    static AgingRow of(Customer customer, Money balance, List<Charge> newestFirst, LocalDate asOf) {
        long[] buckets = new long[3];
        long left = balance.centavos();
        LocalDate owedSince = asOf;
        for (Charge charge : newestFirst) {
            if (left <= 0) {
                break;
            }
            long unpaid = Math.min(left, charge.centavos());
            buckets[bucket(ChronoUnit.DAYS.between(charge.day(), asOf))] += unpaid;
            left -= unpaid;
            owedSince = charge.day();
        }
        if (left > 0) {
            throw new IllegalStateException("balance " + balance + " of " + customer.id() + " exceeds its charges");
        }
        return new AgingRow(customer, balance, Money.ofCentavos(buckets[0]), Money.ofCentavos(buckets[1]),
                Money.ofCentavos(buckets[2]), owedSince);
    }

    private static int bucket(long days) {
        if (days <= 30) {
            return 0;
        }
        return days <= 60 ? 1 : 2;
    }
}
