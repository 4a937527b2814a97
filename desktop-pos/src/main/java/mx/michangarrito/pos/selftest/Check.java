package mx.michangarrito.pos.selftest;

import java.util.Objects;

/**
 * One line of the self-test report.
 *
 * @param subject what was checked, in Spanish (e.g. "Base de datos")
 * @param ok      whether it is ready for the counter
 * @param detail  what was found, or why it is not ready
 */
public record Check(String subject, boolean ok, String detail) {

    public Check {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }
}
