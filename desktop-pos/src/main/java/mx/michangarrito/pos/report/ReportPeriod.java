package mx.michangarrito.pos.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The shop's days a report covers, both included, in the shop's time zone: "today" is the shop's day, not
 * the UTC one. At most {@link #MAX_DAYS} days, so a report always reads a bounded slice of the sales.
 *
 * @param from first day
 * @param to   last day (not before {@code from})
 * @param zone the shop's time zone
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** The longest period one report covers: a bit more than a year. */
    public static final int MAX_DAYS = 400;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw ReportException.badPeriod(from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ReportException.periodTooLong(MAX_DAYS);
        }
    }

    public static ReportPeriod today(Instant now, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        return new ReportPeriod(day, day, zone);
    }

    /** Monday to today (weeks start on Monday, as in the SAT calendar and ISO). */
    public static ReportPeriod thisWeek(Instant now, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        return new ReportPeriod(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), day, zone);
    }

    /** The 1st of this month to today. */
    public static ReportPeriod thisMonth(Instant now, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        return new ReportPeriod(day.withDayOfMonth(1), day, zone);
    }

    /** The first instant of the period (midnight of {@code from} in the shop). */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (midnight after {@code to} in the shop). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }
}
