package mx.michangarrito.cloud.db;

/** A database failure, unchecked so that services above the repositories never see {@code java.sql}. */
public final class DataAccessException extends RuntimeException {

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
