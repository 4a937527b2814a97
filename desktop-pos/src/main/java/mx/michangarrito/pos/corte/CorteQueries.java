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

/**
 * Aggregate queries behind the corte. Each big table is read once for the whole shift (sales, tenders,
 * lines grouped by both tax rates at once); the few voided sales are then subtracted, which is cheaper
 * than testing every row for a void.
 */
final class CorteQueries {

    private static final String ALL = " from Sale s where s.shiftId = :id";
    private static final String VOIDED = " from Sale s join SaleVoid v on v.saleId = s.id where v.shiftId = :id";

    private final Session session;
    private final UUID shiftId;

    CorteQueries(Session session, UUID shiftId) {
        this.session = session;
        this.shiftId = shiftId;
    }

    /** count, total and change of the shift's sales that were not voided, given {@link #voids()}. */
    long[] sales(long[] voided) {
        long[] all = totals("select count(s), coalesce(sum(s.totalCentavos), 0), coalesce(sum(s.changeCentavos), 0)" + ALL);
        return new long[] {all[0] - voided[0], all[1] - voided[1], all[2] - voided[2]};
    }

    /** count, total and change of the shift's voided sales. */
    long[] voids() {
        return totals("select count(s), coalesce(sum(s.totalCentavos), 0), coalesce(sum(s.changeCentavos), 0)" + VOIDED);
    }

    Map<TenderKind, Money> tendersOfSales() {
        Map<TenderKind, Money> all = byTender("select t.kind, sum(t.amountCentavos) from SaleTender t "
                + "where t.shiftId = :id group by t.kind");
        byTender("select t.kind, sum(t.amountCentavos) from SaleTender t join SaleVoid v on v.saleId = t.saleId "
                + "where v.shiftId = :id group by t.kind").forEach((k, m) -> all.merge(k, m.negate(), Money::plus));
        return all;
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
        for (Object[] row : rows("select m.kind, sum(m.amountCentavos) from CashMovement m where m.shiftId = :id "
                + "group by m.kind")) {
            result.put((CashMovementKind) row[0], Money.ofCentavos((Long) row[1]));
        }
        return result;
    }

    /** IVA and IEPS per rate: sold lines of the shift, minus voided sales' lines, minus lines returned in it. */
    Taxes taxes() {
        Taxes taxes = new Taxes();
        String sums = "select l.ivaRate, l.iepsPercent, sum(l.baseCentavos), sum(l.iepsCentavos), sum(l.ivaCentavos)";
        String group = " group by l.ivaRate, l.iepsPercent";
        rows(sums + " from SaleLine l where l.shiftId = :id" + group)
                .forEach(row -> taxes.add(row, 1));
        rows(sums + " from SaleLine l join SaleVoid v on v.saleId = l.saleId where v.shiftId = :id" + group)
                .forEach(row -> taxes.add(row, -1));
        rows("select l.ivaRate, l.iepsPercent, sum(r.baseCentavos), sum(r.iepsCentavos), sum(r.ivaCentavos)"
                + " from SaleReturnLine r join SaleReturn h on h.id = r.returnId join SaleLine l on l.id = r.saleLineId"
                + " where h.shiftId = :id" + group).forEach(row -> taxes.add(row, -1));
        return taxes;
    }

    /** Compiles every query once on a shift that has no rows, so the first real corte does not pay for it. */
    void warmUp() {
        sales(voids());
        tendersOfSales();
        refundsByTender();
        returnCount();
        cashByKind();
        taxes();
    }

    /** Per-rate sums being accumulated. */
    static final class Taxes {
        final Map<IvaRate, RateTotal> iva = new EnumMap<>(IvaRate.class);
        final Map<IepsRate, RateTotal> ieps = new TreeMap<>();

        void add(Object[] row, int sign) {
            Money base = Money.ofCentavos(sign * ((Number) row[2]).longValue());
            Money iepsTax = Money.ofCentavos(sign * ((Number) row[3]).longValue());
            Money ivaTax = Money.ofCentavos(sign * ((Number) row[4]).longValue());
            iva.merge((IvaRate) row[0], new RateTotal(base.plus(iepsTax), ivaTax), Taxes::sum);
            if (row[1] != null) {
                ieps.merge(new IepsRate((BigDecimal) row[1]), new RateTotal(base, iepsTax), Taxes::sum);
            }
        }

        private static RateTotal sum(RateTotal a, RateTotal b) {
            return new RateTotal(a.base().plus(b.base()), a.tax().plus(b.tax()));
        }
    }

    private long[] totals(String hql) {
        Object[] row = session.createSelectionQuery(hql, Object[].class).setParameter("id", shiftId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()};
    }

    private List<Object[]> rows(String hql) {
        return session.createSelectionQuery(hql, Object[].class).setParameter("id", shiftId).getResultList();
    }

    private Map<TenderKind, Money> byTender(String hql) {
        Map<TenderKind, Money> result = new EnumMap<>(TenderKind.class);
        for (Object[] row : rows(hql)) {
            result.put((TenderKind) row[0], Money.ofCentavos((Long) row[1]));
        }
        return result;
    }
}
