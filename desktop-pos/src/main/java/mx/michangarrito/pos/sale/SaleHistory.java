package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.LineTaxes;
import mx.michangarrito.shared.tax.RateTotal;
import mx.michangarrito.shared.tax.TaxBreakdown;
import org.hibernate.Session;

/**
 * Stored sales for the tickets screen: found by period, folio and amount, and one sale's detail with its
 * void and return marks, rebuilt from what was recorded (never recalculated) so a reprint matches the
 * original ticket.
 */
public final class SaleHistory {

    /** At most this many sales are listed at once; a narrower search finds the rest. */
    public static final int LIMIT = 500;

    private final PosDatabase database;

    public SaleHistory(PosDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** One found sale. */
    public record Summary(UUID saleId, String folio, Instant completedAt, Money total, boolean voided,
            boolean returned) {
    }

    /** A line of a sale with how much of it has come back. */
    public record DetailLine(UUID saleLineId, String description, BigDecimal quantity, BigDecimal returned,
            Money amount) {

        public BigDecimal returnable() {
            return quantity.subtract(returned);
        }
    }

    /** A sale as stored: its lines, tenders and marks, and the completed sale to print again. */
    public record Detail(CompletedSale sale, UUID cashierId, List<DetailLine> lines, boolean voided,
            boolean returned, Optional<UUID> customerId) {
    }

    /**
     * The sales completed in [{@code from}, {@code to}), newest first, whose folio contains {@code folio}
     * (ignoring case, blank for any) and whose total is {@code total} (empty for any).
     */
    public List<Summary> search(Instant from, Instant to, String folio, Optional<Money> total) {
        String folioPart = folio == null ? "" : folio.strip().toLowerCase(java.util.Locale.ROOT);
        return database.read(session -> {
            StringBuilder hql = new StringBuilder("from Sale where completedAt >= :from and completedAt < :to");
            if (!folioPart.isEmpty()) {
                hql.append(" and lower(folio) like :folio");
            }
            if (total.isPresent()) {
                hql.append(" and totalCentavos = :total");
            }
            hql.append(" order by completedAt desc, folio desc");
            var query = session.createSelectionQuery(hql.toString(), Sale.class)
                    .setParameter("from", from).setParameter("to", to).setMaxResults(LIMIT);
            if (!folioPart.isEmpty()) {
                query.setParameter("folio", "%" + folioPart + "%");
            }
            total.ifPresent(t -> query.setParameter("total", t.centavos()));
            List<Sale> sales = query.getResultList();
            List<UUID> ids = sales.stream().map(Sale::id).toList();
            Set<UUID> voided = marked(session, "SaleVoid", ids);
            Set<UUID> returned = marked(session, "SaleReturn", ids);
            return sales.stream().map(s -> new Summary(s.id(), s.folio(), s.completedAt(), s.total(),
                    voided.contains(s.id()), returned.contains(s.id()))).toList();
        });
    }

    /** The sale's detail; empty when there is no such sale. */
    public Optional<Detail> detail(UUID saleId) {
        return database.read(session -> {
            Sale sale = session.find(Sale.class, saleId);
            if (sale == null) {
                return Optional.<Detail>empty();
            }
            List<SaleLine> lines = SaleQueries.lines(session, saleId);
            List<DetailLine> detail = lines.stream().map(l -> new DetailLine(l.id(), l.description(), l.quantity(),
                    SaleQueries.returnedQuantity(SaleQueries.returned(session, l.id())), l.amount())).toList();
            List<Tender> tenders = SaleQueries.tenders(session, saleId).stream()
                    .map(t -> new Tender(t.kind(), t.amount(), t.reference(), t.customerId(), Optional.empty()))
                    .toList();
            CompletedSale completed = new CompletedSale(sale.id(), sale.folio(), totals(sale, lines),
                    lines.stream().map(SaleHistory::cartLine).toList(), tenders, sale.change(), sale.completedAt());
            return Optional.of(new Detail(completed, sale.cashierId(), detail, SaleQueries.isVoided(session, saleId),
                    SaleQueries.hasReturns(session, saleId), sale.customerId()));
        });
    }

    private static Set<UUID> marked(Session session, String entity, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(session.createSelectionQuery("select saleId from " + entity + " where saleId in :ids",
                UUID.class).setParameter("ids", ids).getResultList());
    }

    private static CartLine cartLine(SaleLine line) {
        boolean weighed = line.quantity().stripTrailingZeros().scale() > 0;
        return new CartLine(line.productId(), line.description(), line.unitPrice(), line.taxes(), weighed,
                line.quantity(), new Discount.Amount(line.discount()));
    }

    private static TaxBreakdown totals(Sale sale, List<SaleLine> lines) {
        Map<IvaRate, RateTotal> iva = new LinkedHashMap<>();
        Map<IepsRate, RateTotal> ieps = new TreeMap<>();
        List<LineTaxes> taxes = lines.stream().map(l -> new LineTaxes(l.unitPrice().times(l.quantity()), l.discount(),
                l.amount(), l.base(), l.ieps(), l.iva(), l.taxes())).toList();
        for (LineTaxes t : taxes) {
            iva.merge(t.rates().iva(), new RateTotal(t.ivaBase(), t.iva()), SaleHistory::add);
            t.rates().ieps().ifPresent(rate -> ieps.merge(rate, new RateTotal(t.base(), t.ieps()), SaleHistory::add));
        }
        return new TaxBreakdown(taxes, iva, ieps, sale.subtotal(), sale.discount(), sale.total());
    }

    private static RateTotal add(RateTotal a, RateTotal b) {
        return new RateTotal(a.base().plus(b.base()), a.tax().plus(b.tax()));
    }
}
