package mx.michangarrito.pos.catalog;

import java.util.Objects;
import mx.michangarrito.shared.text.UserMessage;

/**
 * Why one row of an imported CSV cannot be imported.
 *
 * @param row    the row as a spreadsheet numbers it (the header is row 1)
 * @param column the column's header name, or "" when the whole row is wrong
 * @param reason what is wrong and what to do, in the person's language
 */
public record CsvRowError(int row, String column, UserMessage reason) {

    public CsvRowError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    static CsvRowError of(int row, String column, String key, Object... args) {
        return new CsvRowError(row, column, UserMessage.of(CatalogException.BUNDLE, key, args));
    }
}
