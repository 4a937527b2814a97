package mx.michangarrito.cloud.db;

import java.sql.SQLException;

/** A database failure, unchecked so that services above the repositories never see {@code java.sql}. */
public final class DataAccessException extends RuntimeException {

    private static final String UNIQUE_VIOLATION = "23505";

    private final boolean uniqueViolation;

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
        this.uniqueViolation = cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }

    /** True if a unique key refused the write (e.g. two requests raced to add the same thing). */
    public boolean uniqueViolation() {
        return uniqueViolation;
    }
}
