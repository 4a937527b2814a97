package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;

/** Reads of stored sales inside a transaction, shared by voids, returns and the corte. */
final class SaleQueries {

    private SaleQueries() {
    }

    static Sale require(Session session, UUID saleId) {
        Sale sale = session.find(Sale.class, saleId);
        if (sale == null) {
            throw SaleException.of(SaleException.Reason.UNKNOWN_SALE, "no sale " + saleId);
        }
        return sale;
    }

    static List<SaleLine> lines(Session session, UUID saleId) {
        return session.createSelectionQuery("from SaleLine where saleId = :id order by lineNo", SaleLine.class)
                .setParameter("id", saleId).getResultList();
    }

    static List<SaleTender> tenders(Session session, UUID saleId) {
        return session.createSelectionQuery("from SaleTender where saleId = :id order by id", SaleTender.class)
                .setParameter("id", saleId).getResultList();
    }

    static boolean isVoided(Session session, UUID saleId) {
        return session.createSelectionQuery("select count(*) from SaleVoid where saleId = :id", Long.class)
                .setParameter("id", saleId).getSingleResult() > 0;
    }

    static boolean hasReturns(Session session, UUID saleId) {
        return session.createSelectionQuery("select count(*) from SaleReturn where saleId = :id", Long.class)
                .setParameter("id", saleId).getSingleResult() > 0;
    }

    /** What was already returned of a sale line: quantity and amounts. */
    static List<SaleReturnLine> returned(Session session, UUID saleLineId) {
        return session.createSelectionQuery("from SaleReturnLine where saleLineId = :id", SaleReturnLine.class)
                .setParameter("id", saleLineId).getResultList();
    }

    static BigDecimal returnedQuantity(List<SaleReturnLine> returned) {
        return returned.stream().map(SaleReturnLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Cash the sale left in the drawer: cash tenders minus change. */
    static Money cashKept(Session session, Sale sale) {
        Money cash = Money.sum(tenders(session, sale.id()).stream().filter(t -> t.kind() == TenderKind.CASH)
                .map(SaleTender::amount).toList());
        return cash.minus(sale.change());
    }
}
