package mx.michangarrito.cloud.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rows of the owners' reports as they go out as JSON; money is always integer centavos. */
public final class Rows {

    private Rows() {
    }

    /**
     * A report's answer.
     *
     * @param from     first day of the period (the shop's calendar), or null for a report of "now"
     * @param to       last day of the period, included, or null
     * @param timeZone the shop's zone the days and hours are in
     * @param rows     the report's rows
     */
    public record Report<T>(LocalDate from, LocalDate to, String timeZone, List<T> rows) {
    }

    /** Sales of one day (voided sales left out). */
    public record DaySales(LocalDate date, long tickets, long totalCentavos) {
    }

    /** Sales in one hour of the day (0–23) over the period. */
    public record HourSales(int hour, long tickets, long totalCentavos) {
    }

    /** Sales of one terminal. */
    public record TerminalSales(UUID terminalId, String terminalName, long tickets, long totalCentavos) {
    }

    /** Sales of one cashier (the terminal's user id). */
    public record CashierSales(UUID cashierId, long tickets, long totalCentavos) {
    }

    /** A product's units (or kilograms) sold and what they brought in, tax included. */
    public record ProductSales(UUID productId, String description, BigDecimal quantity, long totalCentavos) {
    }

    /** Stock on hand: the sum of every terminal's movements; negative means sold beyond what was received. */
    public record StockRow(UUID productId, BigDecimal onHand, boolean negative, Instant updatedAt) {
    }

    /** What a customer owes on fiado (charges − payments − credits); their name when a terminal sent it. */
    public record FiadoOwed(UUID customerId, String customerName, long balanceCentavos) {
    }

    /**
     * One corte de caja: the closing figures of a shift per tender (CASH, CARD, TRANSFER, FIADO).
     *
     * @param differenceCentavos counted − expected over every tender (negative: faltante)
     */
    public record Corte(UUID shiftId, UUID terminalId, String terminalName, UUID closedBy, Instant closedAt,
                        long tickets, long salesTotalCentavos, Map<String, Long> expectedCentavos,
                        Map<String, Long> countedCentavos, long differenceCentavos) {
    }
}
