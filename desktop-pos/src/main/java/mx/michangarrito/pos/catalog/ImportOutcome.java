package mx.michangarrito.pos.catalog;

import java.util.List;

/**
 * What a CSV import did: either every product was imported, or none was and {@code errors} says, row by
 * row, what to fix.
 *
 * @param imported how many products were added (0 when there are errors)
 * @param errors   every problem found, in row order; empty when the import went in
 */
public record ImportOutcome(int imported, List<CsvRowError> errors) {

    public ImportOutcome {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
