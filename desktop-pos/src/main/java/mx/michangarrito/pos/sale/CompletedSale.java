package mx.michangarrito.pos.sale;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxBreakdown;

/**
 * What the counter needs after a sale: folio, totals, change, and what to print.
 *
 * @param completedAt when the sale was stored (UTC; the ticket shows it in the shop's zone)
 */
public record CompletedSale(UUID saleId, String folio, TaxBreakdown totals, List<CartLine> lines, List<Tender> tenders,
        Money change, Instant completedAt) {
}
