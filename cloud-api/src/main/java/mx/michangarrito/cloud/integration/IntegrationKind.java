package mx.michangarrito.cloud.integration;

import java.util.Locale;
import java.util.Optional;

/** Services a shop may bring its own credentials for. */
public enum IntegrationKind {
    WHATSAPP, LLM, PAYMENTS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IntegrationKind> fromWire(String value) {
        for (IntegrationKind kind : values()) {
            if (kind.wire().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
