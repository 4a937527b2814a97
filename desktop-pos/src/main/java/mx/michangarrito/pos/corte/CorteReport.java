package mx.michangarrito.pos.corte;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.RateTotal;

/**
 * The corte de caja of one shift. Sales figures exclude voided sales; taxes are those of the sales net of
 * returns made in the shift.
 *
 * @param tickets        completed sales not voided
 * @param salesByTender  what the sales were paid with (cash net of change)
 * @param tenders        expected vs counted per tender
 */
public record CorteReport(UUID shiftId, UUID cashierId, Instant openedAt, Optional<Instant> closedAt,
        Money openingFloat, long tickets, Money salesTotal, long voids, Money voidsTotal, long returns,
        Money returnsTotal, Money cashIn, Money cashOut, Map<TenderKind, Money> salesByTender,
        Map<TenderKind, TenderFigures> tenders, Map<IvaRate, RateTotal> iva, Map<IepsRate, RateTotal> ieps) {

    public boolean closed() {
        return closedAt.isPresent();
    }
}
