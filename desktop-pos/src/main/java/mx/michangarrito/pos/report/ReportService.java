package mx.michangarrito.pos.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import mx.michangarrito.pos.fiado.AgingRow;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.settings.ShopZone;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.money.Money;

/**
 * The back office's sales reports (see {@link SalesReport} for how voids and returns count). Everything
 * but the fiado aging is read in one read transaction, so the figures agree with each other.
 */
public final class ReportService {

    private final PosDatabase database;
    private final FiadoLedger fiado;
    private final Clock clock;
    private final ShopZone zone;

    public ReportService(PosDatabase database, FiadoLedger fiado, Clock clock, ZoneId shopZone) {
        this(database, fiado, clock, ShopZone.fixed(shopZone));
    }

    /** With the shop's zone as it is at each call (a zone pulled from the cloud applies to the next one). */
    public ReportService(PosDatabase database, FiadoLedger fiado, Clock clock, ShopZone shopZone) {
        this.database = Objects.requireNonNull(database, "database");
        this.fiado = Objects.requireNonNull(fiado, "fiado");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(shopZone, "shopZone");
    }

    public ReportPeriod today() {
        return ReportPeriod.today(clock.instant(), zone.get());
    }

    public ReportPeriod thisWeek() {
        return ReportPeriod.thisWeek(clock.instant(), zone.get());
    }

    public ReportPeriod thisMonth() {
        return ReportPeriod.thisMonth(clock.instant(), zone.get());
    }

    /** {@code from} to {@code to} in the shop's zone; ReportException BAD_PERIOD or PERIOD_TOO_LONG. */
    public ReportPeriod between(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to, zone.get());
    }

    public SalesReport salesReport(ReportPeriod period) {
        Objects.requireNonNull(period, "period");
        Read read = database.read(session -> session.doReturningWork(connection -> {
            try {
                ReportQueries q = new ReportQueries(connection, period);
                return new Read(q.sales(), q.voidedCount(), q.returns(), q.lines(), q.userNames());
            } catch (SQLException e) {
                throw new IllegalStateException("report query failed: " + e.getMessage(), e);
            }
        }));
        Instant asOf = period.end().isBefore(clock.instant()) ? period.end().minusNanos(1000) : clock.instant();
        List<AgingRow> owed = fiado.aging(asOf);
        return assemble(period, read, owed);
    }

    private record Read(List<ReportQueries.Ticket> sales, long voided, List<ReportQueries.Ticket> returns,
            List<ReportQueries.LineSums> lines, Map<UUID, String> names) {
    }

    private SalesReport assemble(ReportPeriod period, Read read, List<AgingRow> owed) {
        long[] dayTickets = new long[period.days()];
        long[] dayNet = new long[period.days()];
        long[] hourTickets = new long[24];
        long[] hourNet = new long[24];
        Map<UUID, long[]> cashiers = new HashMap<>();
        long sold = 0;
        long refunded = 0;
        for (List<ReportQueries.Ticket> tickets : List.of(read.sales(), read.returns())) {
            for (ReportQueries.Ticket t : tickets) {
                var local = t.at().atZone(period.zone());
                int day = (int) java.time.temporal.ChronoUnit.DAYS.between(period.from(), local.toLocalDate());
                int count = t.centavos() >= 0 && tickets == read.sales() ? 1 : 0;
                dayTickets[day] += count;
                dayNet[day] += t.centavos();
                hourTickets[local.getHour()] += count;
                hourNet[local.getHour()] += t.centavos();
                long[] c = cashiers.computeIfAbsent(t.cashierId(), id -> new long[2]);
                c[0] += count;
                c[1] += t.centavos();
                if (tickets == read.sales()) {
                    sold += t.centavos();
                } else {
                    refunded -= t.centavos();
                }
            }
        }
        List<SalesReport.DayRow> days = new ArrayList<>();
        for (int i = 0; i < dayNet.length; i++) {
            days.add(new SalesReport.DayRow(period.from().plusDays(i), dayTickets[i], Money.ofCentavos(dayNet[i])));
        }
        List<SalesReport.HourRow> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(new SalesReport.HourRow(h, hourTickets[h], Money.ofCentavos(hourNet[h])));
        }
        List<SalesReport.CashierRow> byCashier = cashiers.entrySet().stream()
                .map(e -> new SalesReport.CashierRow(e.getKey(), read.names().getOrDefault(e.getKey(), "?"),
                        e.getValue()[0], Money.ofCentavos(e.getValue()[1])))
                .sorted(Comparator.comparing(SalesReport.CashierRow::net).reversed()
                        .thenComparing(SalesReport.CashierRow::name))
                .toList();
        var totals = new SalesReport.Totals(read.sales().size(), Money.ofCentavos(sold), read.voided(),
                read.returns().size(), Money.ofCentavos(refunded), Money.ofCentavos(sold - refunded));
        List<SalesReport.ProductRow> products = products(read.lines());
        return new SalesReport(period, totals, days, hours, products, taxes(read.lines()), byCashier, margin(products),
                owed);
    }

    private static List<SalesReport.ProductRow> products(List<ReportQueries.LineSums> lines) {
        Map<UUID, ReportQueries.LineSums> sums = new HashMap<>();
        for (ReportQueries.LineSums l : lines) {
            sums.merge(l.productId(), l, (a, b) -> new ReportQueries.LineSums(a.productId(), a.name(), a.ivaRate(),
                    a.iepsPercent(), a.quantity().add(b.quantity()), a.amount() + b.amount(), a.base() + b.base(),
                    a.ieps() + b.ieps(), a.iva() + b.iva(), a.cost().add(b.cost()),
                    a.costedQuantity().add(b.costedQuantity()), a.costedBase() + b.costedBase(),
                    a.uncostedLines() + b.uncostedLines()));
        }
        return sums.values().stream()
                .filter(p -> p.quantity().signum() != 0 || p.amount() != 0)
                .map(p -> {
                    Money cost = centavos(p.cost());
                    Money unitCost = p.costedQuantity().signum() == 0 ? Money.ZERO
                            : centavos(p.cost().divide(p.costedQuantity(), 6, RoundingMode.HALF_UP));
                    return new SalesReport.ProductRow(p.productId(), p.name(), p.quantity(), Money.ofCentavos(p.amount()),
                            Money.ofCentavos(p.base()), unitCost, cost, Money.ofCentavos(p.costedBase()).minus(cost),
                            p.uncostedLines());
                })
                .sorted(Comparator.comparing(SalesReport.ProductRow::net).reversed()
                        .thenComparing(SalesReport.ProductRow::name))
                .toList();
    }

    private static Money centavos(BigDecimal exact) {
        return Money.ofCentavos(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static List<SalesReport.TaxRow> taxes(List<ReportQueries.LineSums> sums) {
        Map<String, long[]> iva = new TreeMap<>();
        Map<BigDecimal, long[]> ieps = new TreeMap<>();
        for (ReportQueries.LineSums s : sums) {
            long[] i = iva.computeIfAbsent(s.ivaRate(), r -> new long[2]);
            i[0] += s.base() + s.ieps();
            i[1] += s.iva();
            if (s.iepsPercent() != null) {
                long[] e = ieps.computeIfAbsent(s.iepsPercent().stripTrailingZeros(), r -> new long[2]);
                e[0] += s.base();
                e[1] += s.ieps();
            }
        }
        List<SalesReport.TaxRow> rows = new ArrayList<>();
        iva.forEach((rate, v) -> rows.add(new SalesReport.TaxRow("IVA", rate, Money.ofCentavos(v[0]), Money.ofCentavos(v[1]))));
        ieps.forEach((rate, v) -> rows.add(new SalesReport.TaxRow("IEPS", rate.toPlainString(), Money.ofCentavos(v[0]),
                Money.ofCentavos(v[1]))));
        return rows;
    }

    private static SalesReport.Margin margin(List<SalesReport.ProductRow> products) {
        Money base = Money.ZERO;
        Money cost = Money.ZERO;
        Money without = Money.ZERO;
        long uncosted = 0;
        for (SalesReport.ProductRow p : products) {
            Money costedBase = p.margin().plus(p.cost());
            base = base.plus(costedBase);
            cost = cost.plus(p.cost());
            without = without.plus(p.base().minus(costedBase));
            uncosted += p.linesWithoutRecordedCost();
        }
        return new SalesReport.Margin(base, cost, base.minus(cost), without, uncosted);
    }
}
