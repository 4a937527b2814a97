package mx.michangarrito.cloud.auth;

import java.util.Locale;
import java.util.Optional;

/** What a person may do in a shop. Owners do everything; managers read; cashiers only sell. */
public enum Role {
    OWNER, MANAGER, CASHIER;

    /** The lower-case name used on the wire and in the database. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String value) {
        for (Role role : values()) {
            if (role.wire().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
