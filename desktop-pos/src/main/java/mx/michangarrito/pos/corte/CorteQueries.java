package mx.michangarrito.pos.corte;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import mx.michangarrito.pos.cash.CashMovementKind;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.RateTotal;
import org.hibernate.Session;

/** Aggregate queries behind the corte: the database sums, so a shift of thousands of sales stays fast. */
final class CorteQueries {

    private static final String NOT_VOIDED = "not exists (from SaleVoid v where v.saleId = s.id)";

    private final Session session;
    private final UUID shiftId;

    CorteQueries(Session session, UUID shiftId) {
        this.session = session;
        this.shiftId = shiftId;
    }

    Object[] sales() {
        return session.createSelectionQuery("select count(s), coalesce(sum(s.totalCentavos), 0), "
                + "coalesce(sum(s.changeCentavos), 0) from Sale s where s.shiftId = :id and " + NOT_VOIDED, Object[].class)
                .setParameter("id", shiftId).getSingleResult();
    }

    Object[] voids() {
        return session.createSelectionQuery("select count(s), coalesce(sum(s.totalCentavos), 0) from Sale s "
                + "where s.shiftId = :id and not (" + NOT_VOIDED + ")", Object[].class)
                .setParameter("id", shiftId).getSingleResult();
    }

    Map<TenderKind, Money> tendersOfSales() {
        return byTender("select t.kind, sum(t.amountCentavos) from SaleTender t join Sale s on s.id = t.saleId "
                + "where s.shiftId = :id and " + NOT_VOIDED + " group by t.kind");
    }

    Map<TenderKind, Money> refundsByTender() {
        return byTender("select r.refundTender, sum(r.totalCentavos) from SaleReturn r where r.shiftId = :id "
                + "group by r.refundTender");
    }

    long returnCount() {
        return session.createSelectionQuery("select count(r) from SaleReturn r where r.shiftId = :id", Long.class)
                .setParameter("id", shiftId).getSingleResult();
    }

    Map<CashMovementKind, Money> cashByKind() {
        Map<CashMovementKind, Money> result = new EnumMap<>(CashMovementKind.class);
        for (Object[] row : session.createSelectionQuery("select m.kind, sum(m.amountCentavos) from CashMovement m "
                + "where m.shiftId = :id group by m.kind", Object[].class).setParameter("id", shiftId).getResultList()) {
            result.put((CashMovementKind) row[0], Money.ofCentavos((Long) row[1]));
        }
        return result;
    }

    /** IVA per rate: sold lines of non-voided sales minus lines returned in this shift. Base includes IEPS. */
    Map<IvaRate, RateTotal> iva() {
        Map<IvaRate, RateTotal> result = new EnumMap<>(IvaRate.class);
        for (Object[] row : sold("l.ivaRate, sum(l.baseCentavos + l.iepsCentavos), sum(l.ivaCentavos)", "l.ivaRate", "")) {
            result.merge((IvaRate) row[0], total(row), CorteQueries::add);
        }
        for (Object[] row : returned("l.ivaRate, sum(r.baseCentavos + r.iepsCentavos), sum(r.ivaCentavos)", "l.ivaRate", "")) {
            result.merge((IvaRate) row[0], negate(total(row)), CorteQueries::add);
        }
        return result;
    }

    Map<IepsRate, RateTotal> ieps() {
        Map<IepsRate, RateTotal> result = new TreeMap<>();
        String withIeps = " and l.iepsPercent is not null";
        for (Object[] row : sold("l.iepsPercent, sum(l.baseCentavos), sum(l.iepsCentavos)", "l.iepsPercent", withIeps)) {
            result.merge(new IepsRate((BigDecimal) row[0]), total(row), CorteQueries::add);
        }
        for (Object[] row : returned("l.iepsPercent, sum(r.baseCentavos), sum(r.iepsCentavos)", "l.iepsPercent", withIeps)) {
            result.merge(new IepsRate((BigDecimal) row[0]), negate(total(row)), CorteQueries::add);
        }
        return result;
    }

    private List<Object[]> sold(String select, String groupBy, String filter) {
        return session.createSelectionQuery("select " + select + " from SaleLine l join Sale s on s.id = l.saleId "
                + "where s.shiftId = :id and " + NOT_VOIDED + filter + " group by " + groupBy, Object[].class)
                .setParameter("id", shiftId).getResultList();
    }

    private List<Object[]> returned(String select, String groupBy, String filter) {
        return session.createSelectionQuery("select " + select + " from SaleReturnLine r join SaleReturn h on "
                + "h.id = r.returnId join SaleLine l on l.id = r.saleLineId where h.shiftId = :id" + filter
                + " group by " + groupBy, Object[].class).setParameter("id", shiftId).getResultList();
    }

    private Map<TenderKind, Money> byTender(String hql) {
        Map<TenderKind, Money> result = new EnumMap<>(TenderKind.class);
        for (Object[] row : session.createSelectionQuery(hql, Object[].class).setParameter("id", shiftId).getResultList()) {
            result.put((TenderKind) row[0], Money.ofCentavos((Long) row[1]));
        }
        return result;
    }

    private static RateTotal total(Object[] row) {
        return new RateTotal(Money.ofCentavos(((Number) row[1]).longValue()), Money.ofCentavos(((Number) row[2]).longValue()));
    }

    private static RateTotal negate(RateTotal t) {
        return new RateTotal(t.base().negate(), t.tax().negate());
    }

    private static RateTotal add(RateTotal a, RateTotal b) {
        return new RateTotal(a.base().plus(b.base()), a.tax().plus(b.tax()));
    }
}
