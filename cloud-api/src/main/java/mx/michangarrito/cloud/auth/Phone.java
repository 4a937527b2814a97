package mx.michangarrito.cloud.auth;

import mx.michangarrito.cloud.http.ApiException;

/**
 * Phone numbers in E.164 form. Ten national digits are taken as Mexican (+52); spaces, dashes, dots and
 * parentheses are ignored; anything else is refused.
 */
public final class Phone {

    private Phone() {
    }

    /** The E.164 form of {@code input}, e.g. {@code "+525512345678"}; a 400 problem if it is not a phone. */
    public static String normalize(String input) {
        if (input == null || input.isBlank()) {
            throw ApiException.badRequest("field.required", "phone");
        }
        String compact = input.strip().replaceAll("[\\s().-]", "");
        if (compact.length() > 20) {
            throw ApiException.badRequest("phone.invalid");
        }
        if (compact.matches("\\d{10}")) {
            return "+52" + compact;
        }
        if (compact.matches("\\+[1-9]\\d{7,14}")) {
            return compact;
        }
        throw ApiException.badRequest("phone.invalid");
    }

    /** For logs: the country code and the last two digits only. */
    public static String masked(String e164) {
        if (e164.length() < 6) {
            return "***";
        }
        return e164.substring(0, 3) + "*".repeat(e164.length() - 5) + e164.substring(e164.length() - 2);
    }
}
