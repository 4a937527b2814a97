package mx.michangarrito.pos.fiado;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;

/** The statement and aging queries behind {@link FiadoLedger}, inside the caller's read transaction. */
final class FiadoReports {

    private static final Comparator<AgingRow> MOST_OVERDUE_FIRST = Comparator
            .comparing(AgingRow::over60Days).reversed()
            .thenComparing(Comparator.comparing(AgingRow::days31To60).reversed())
            .thenComparing(Comparator.comparing(AgingRow::balance).reversed())
            .thenComparing(row -> row.customer().name())
            .thenComparing(row -> row.customer().id());

    private FiadoReports() {
    }

    static FiadoStatement statement(Session session, Customer customer, LocalDate from, LocalDate to, ZoneId zone) {
        if (from.isAfter(to)) {
            throw FiadoException.badPeriod(from, to);
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Money opening = Money.ofCentavos(balances(session, "<", start, customer.id()).getOrDefault(customer.id(), 0L));
        List<FiadoEntry> entries = session.createSelectionQuery("""
                from FiadoEntry where customerId = :id and createdAt >= :start and createdAt < :end
                order by createdAt, id""", FiadoEntry.class)
                .setParameter("id", customer.id()).setParameter("start", start).setParameter("end", end)
                .getResultList();
        List<StatementLine> lines = new ArrayList<>(entries.size());
        Money running = opening;
        for (FiadoEntry entry : entries) {
            running = running.plus(entry.signedAmount());
            lines.add(new StatementLine(entry, running));
        }
        return new FiadoStatement(customer, from, to, opening, lines, running);
    }

    static List<AgingRow> aging(Session session, Instant asOf, ZoneId zone) {
        Map<UUID, Long> balances = balances(session, "<=", asOf, null);
        List<UUID> debtors = balances.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        if (debtors.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<AgingBuckets.Charge>> charges = new HashMap<>();
        session.createSelectionQuery("""
                select e.customerId, e.createdAt, e.amountCentavos from FiadoEntry e
                where e.kind = :charge and e.createdAt <= :asOf and e.customerId in :ids
                order by e.createdAt desc, e.id desc""", Object[].class)
                .setParameter("charge", EntryKind.CHARGE).setParameter("asOf", asOf).setParameterList("ids", debtors)
                .getResultStream()
                .forEach(row -> charges.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new AgingBuckets.Charge(
                        ((Instant) row[1]).atZone(zone).toLocalDate(), (Long) row[2])));
        Map<UUID, Customer> customers = session.createSelectionQuery("from Customer where id in :ids", Customer.class)
                .setParameterList("ids", debtors).getResultStream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        LocalDate day = asOf.atZone(zone).toLocalDate();
        return debtors.stream()
                .map(id -> AgingBuckets.of(customers.get(id), Money.ofCentavos(balances.get(id)), charges.get(id), day))
                .sorted(MOST_OVERDUE_FIRST).toList();
    }

    /**
     * Signed sum per customer of the entries whose time is {@code operator} ("<" or "<=") {@code at}; only
     * {@code customerId}'s when it is not null.
     */
    private static Map<UUID, Long> balances(Session session, String operator, Instant at, UUID customerId) {
        var select = session.createSelectionQuery("select e.customerId, e.kind, sum(e.amountCentavos) from FiadoEntry e"
                + " where e.createdAt " + operator + " :at" + (customerId == null ? "" : " and e.customerId = :id")
                + " group by e.customerId, e.kind", Object[].class).setParameter("at", at);
        if (customerId != null) {
            select.setParameter("id", customerId);
        }
        Map<UUID, Long> balances = new HashMap<>();
        select.getResultStream().forEach(row -> balances.merge((UUID) row[0],
                ((EntryKind) row[1]).sign() * ((Number) row[2]).longValue(), Math::addExact));
        return balances;
    }
}
