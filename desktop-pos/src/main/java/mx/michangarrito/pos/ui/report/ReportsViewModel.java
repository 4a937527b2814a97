package mx.michangarrito.pos.ui.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mx.michangarrito.pos.report.CsvExport;
import mx.michangarrito.pos.report.ReportPeriod;
import mx.michangarrito.pos.report.ReportService;
import mx.michangarrito.pos.report.SalesReport;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.ui.UiTrace;
import mx.michangarrito.shared.money.Money;

/**
 * The reports section: which period (today, this week, this month or dates typed as day/month/year), the
 * report for it, and exporting any of its tables to CSV.
 */
public final class ReportsViewModel {

    /** The period buttons. */
    public enum PeriodChoice { TODAY, WEEK, MONTH, CUSTOM }

    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final ReportService reports;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>(PeriodChoice.TODAY);
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SalesReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper net = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper margin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    public ReportsViewModel(ReportService reports, Texts texts, TaskExecutor tasks) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    public ReadOnlyObjectProperty<PeriodChoice> choiceProperty() {
        return choice;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<SalesReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty netProperty() {
        return net.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty marginProperty() {
        return margin.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Shows the report of {@code period}; CUSTOM reads the typed dates. */
    public void show(PeriodChoice period) {
        choice.set(period);
        Optional<ReportPeriod> chosen = switch (period) {
            case TODAY -> Optional.of(reports.today());
            case WEEK -> Optional.of(reports.thisWeek());
            case MONTH -> Optional.of(reports.thisMonth());
            case CUSTOM -> typedPeriod();
        };
        chosen.ifPresent(this::load);
    }

    /** Runs the current choice again (new sales since). */
    public void refresh() {
        show(choice.get());
    }

    private Optional<ReportPeriod> typedPeriod() {
        if (from.get().isBlank() && to.get().isBlank() && report.get() != null) {
            from.set(SHOWN.format(report.get().period().from()));
            to.set(SHOWN.format(report.get().period().to()));
            message.set(texts.get("reports.custom.hint"));
            error.set(false);
            return Optional.empty();
        }
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from.get().strip(), TYPED);
            end = to.get().isBlank() ? start : LocalDate.parse(to.get().strip(), TYPED);
        } catch (DateTimeParseException e) {
            fail(texts.get("reports.error.date"));
            return Optional.empty();
        }
        try {
            return Optional.of(reports.between(start, end));
        } catch (RuntimeException e) {
            fail(texts.error(e));
            return Optional.empty();
        }
    }

    private void load(ReportPeriod period) {
        message.set(texts.get("reports.loading"));
        error.set(false);
        tasks.execute(() -> reports.salesReport(period), this::loaded, failure -> fail(texts.error(failure)));
    }

    private void loaded(SalesReport loaded) {
        report.set(loaded);
        SalesReport.Totals t = loaded.totals();
        net.set(texts.money(t.net()));
        String days = loaded.period().from().equals(loaded.period().to())
                ? SHOWN.format(loaded.period().from())
                : texts.get("reports.period.range", SHOWN.format(loaded.period().from()), SHOWN.format(loaded.period().to()));
        summary.set(texts.get("reports.summary", days, t.tickets(), texts.money(t.sold()), t.voided(), t.returns(),
                texts.money(t.refunded())));
        SalesReport.Margin m = loaded.margin();
        String uncosted = m.linesWithoutRecordedCost() == 0 ? ""
                : " " + texts.get("reports.margin.uncosted", m.linesWithoutRecordedCost());
        margin.set(texts.get("reports.margin", texts.money(m.margin()), m.percent().toPlainString(),
                texts.money(m.base()), texts.money(m.baseWithoutCost())) + uncosted);
        message.set("");
        error.set(false);
        UiTrace.line("reports loaded");
    }

    private void fail(String text) {
        message.set(text);
        error.set(true);
    }

    /** The column titles of {@code table}, in the person's language. */
    public List<String> header(ReportTable table) {
        return ReportRows.header(table, texts);
    }

    /** The rows of {@code table} as CSV text: plain numbers (1234.50), ISO dates. Empty before a report. */
    public List<List<String>> csvRows(ReportTable table) {
        return report.get() == null ? List.of() : ReportRows.csv(table, report.get());
    }

    /** A file name for {@code table}'s CSV, e.g. {@code ventas-dias-2026-11-01-2026-11-23.csv}. */
    public String suggestedFileName(ReportTable table) {
        SalesReport r = report.get();
        String period = r == null ? "" : "-" + r.period().from() + (r.period().from().equals(r.period().to())
                ? "" : "-" + r.period().to());
        return texts.get("reports.file." + table.id()) + period + ".csv";
    }

    /** Writes {@code table} to {@code file} (UTF-8 with BOM) and says so, or says what to do. */
    public void export(ReportTable table, Path file) {
        if (report.get() == null) {
            fail(texts.get("reports.error.nothing"));
            return;
        }
        List<String> header = header(table);
        List<List<String>> rows = csvRows(table);
        tasks.execute(() -> {
            CsvExport.write(file, header, rows);
            return file;
        }, saved -> {
            message.set(texts.get("reports.exported", rows.size(), saved.toAbsolutePath()));
            error.set(false);
        }, failure -> fail(texts.error(failure)));
    }

    static String plain(Money money) {
        return money.toPesos().toPlainString();
    }

    static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
