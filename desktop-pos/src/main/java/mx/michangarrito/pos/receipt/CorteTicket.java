package mx.michangarrito.pos.receipt;

import java.util.Objects;
import mx.michangarrito.pos.corte.CorteReport;

/**
 * The Z report of a closed shift as printed: the corte's figures and who closed it.
 *
 * @param report  the closed shift's corte (its closing time is the report's time)
 * @param cashier the name of who closed the shift
 */
public record CorteTicket(CorteReport report, String cashier) {

    public CorteTicket {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(cashier, "cashier");
        if (!report.closed()) {
            throw new IllegalArgumentException("a Z report is printed for a closed shift only");
        }
    }

    /** The name of the print job. */
    public String folio() {
        return "Z " + report.shiftId();
    }
}
