package mx.michangarrito.pos.sale;

import java.util.List;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxBreakdown;

/** What the counter needs after a sale: folio, totals, change, and what to print. */
public record CompletedSale(UUID saleId, String folio, TaxBreakdown totals, List<CartLine> lines, List<Tender> tenders,
        Money change) {
}
