package mx.michangarrito.pos.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "from" and "to" days a person types on a screen that filters by period (dd/MM/yyyy, in the shop's
 * zone), shared by the view models so they parse and refuse dates alike. No JavaFX nodes: properties only.
 */
public final class PeriodFilter {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Two days of the shop, both included. */
    public record Days(LocalDate from, LocalDate to) {

        /** The first instant of {@code from} in {@code zone}. */
        public Instant start(ZoneId zone) {
            return from.atStartOfDay(zone).toInstant();
        }

        /** The first instant after {@code to} in {@code zone}. */
        public Instant end(ZoneId zone) {
            return to.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final String badDateKey;
    private final String badRangeKey;

    /**
     * @param badDateKey  text shown when a day is not dd/MM/yyyy
     * @param badRangeKey text shown when "to" is before "from"
     */
    public PeriodFilter(LocalDate from, LocalDate to, String badDateKey, String badRangeKey) {
        this.badDateKey = Objects.requireNonNull(badDateKey, "badDateKey");
        this.badRangeKey = Objects.requireNonNull(badRangeKey, "badRangeKey");
        set(from, to);
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    /** Shows these days in the fields. */
    public void set(LocalDate first, LocalDate last) {
        from.set(first.format(DATE));
        to.set(last.format(DATE));
    }

    /** The typed days; empty after passing {@code fail} the text that says what to fix. */
    public Optional<Days> days(Texts texts, Consumer<String> fail) {
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from.get().strip(), DATE);
            last = LocalDate.parse(to.get().strip(), DATE);
        } catch (DateTimeParseException e) {
            fail.accept(texts.get(badDateKey));
            return Optional.empty();
        }
        if (last.isBefore(first)) {
            fail.accept(texts.get(badRangeKey));
            return Optional.empty();
        }
        return Optional.of(new Days(first, last));
    }
}
