package mx.michangarrito.pos.report;

import java.time.LocalDate;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.text.UserMessage;

/** A report cannot be made or saved; the message says what to do. */
public final class ReportException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.report.messages";

    /** Why; each reason has a text under {@code report.<name>} in the report bundles. */
    public enum Reason {
        /** The period ends before it starts. */
        BAD_PERIOD,
        /** The period is longer than a report covers. */
        PERIOD_TOO_LONG,
        /** The CSV file could not be written. */
        EXPORT_FAILED
    }

    private final Reason reason;

    private ReportException(Reason reason, String technical, Throwable cause, Object... args) {
        super(technical, UserMessage.of(BUNDLE, "report." + reason.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), args), cause);
        this.reason = reason;
    }

    static ReportException badPeriod(LocalDate from, LocalDate to) {
        return new ReportException(Reason.BAD_PERIOD, "period ends " + to + " before it starts " + from, null,
                from.toString(), to.toString());
    }

    static ReportException periodTooLong(int maxDays) {
        return new ReportException(Reason.PERIOD_TOO_LONG, "a report covers at most " + maxDays + " days", null,
                maxDays);
    }

    static ReportException exportFailed(String file, Throwable cause) {
        return new ReportException(Reason.EXPORT_FAILED, "cannot write " + file + ": " + cause, cause, file);
    }

    public Reason reason() {
        return reason;
    }
}
