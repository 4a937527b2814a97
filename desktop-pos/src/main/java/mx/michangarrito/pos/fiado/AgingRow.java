package mx.michangarrito.pos.fiado;

import java.time.LocalDate;
import mx.michangarrito.shared.money.Money;

/**
 * What a customer owes split by how old it is, first-in first-out: payments and credits pay off the oldest
 * charges first, and the unpaid rest of each charge is aged by the shop's day of that charge.
 *
 * @param upTo30Days     from charges 0 to 30 days old
 * @param days31To60     from charges 31 to 60 days old
 * @param over60Days     from charges more than 60 days old
 * @param owedSince      the day of the oldest charge not yet fully paid
 */
public record AgingRow(Customer customer, Money balance, Money upTo30Days, Money days31To60, Money over60Days,
        LocalDate owedSince) {
}
