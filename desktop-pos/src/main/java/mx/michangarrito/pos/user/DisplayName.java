package mx.michangarrito.pos.user;

import java.util.Locale;

/**
 * A user's name as the login screen shows it: trimmed, inner spaces collapsed, 1 to 60 characters.
 * Two names that differ only in case are the same name ({@link #key()}).
 *
 * @param text the name as shown
 */
record DisplayName(String text) {

    static final int MAX_LENGTH = 60;

    /** Normalises {@code raw}; blank or too long is {@code INVALID_NAME}. */
    static DisplayName of(String raw) {
        String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw UserException.invalidName(MAX_LENGTH);
        }
        return new DisplayName(text);
    }

    /** The name for uniqueness checks: lower case, locale-independent. */
    String key() {
        return text.toLowerCase(Locale.ROOT);
    }
}
