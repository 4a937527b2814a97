package mx.michangarrito.pos.catalog;

/**
 * Told how far a CSV import has got, from the importing thread. Checking runs before saving; saving
 * happens inside the import's one transaction, so a listener that throws aborts the whole import.
 */
@FunctionalInterface
public interface ImportProgress {

    /** What the import is doing. */
    enum Phase { CHECKING, SAVING }

    void reached(Phase phase, int done, int total);

    ImportProgress NONE = (phase, done, total) -> { };
}
