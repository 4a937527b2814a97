package mx.michangarrito.cloud.http;

import java.util.UUID;

/** Checks of request fields, each failing as a 400 problem naming the field. */
public final class Fields {

    private Fields() {
    }

    /**
     * A required free-text field: trimmed, 1..{@code max} characters, no control characters. Any other
     * text (quotes, SQL, emoji) is kept exactly: it is only ever bound as a parameter.
     */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("field.required", field);
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw ApiException.badRequest("field.too_long", field, max);
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("field.control_characters", field);
        }
        return trimmed;
    }

    /** A required field that must be present. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw ApiException.badRequest("field.required", field);
        }
        return value;
    }

    /** A UUID in a path or body; anything else is "not found" for paths, as no such record exists. */
    public static UUID pathId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound();
        }
    }
}
