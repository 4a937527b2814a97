package mx.michangarrito.cloud.config;

/** The service cannot start as configured; the message says what to set. */
public final class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }
}
