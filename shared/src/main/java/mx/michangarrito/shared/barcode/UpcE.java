package mx.michangarrito.shared.barcode;

/**
 * Expands a zero-suppressed UPC-E into the UPC-A it stands for. The last of the six middle digits
 * says where the zeros go (GS1 General Specifications, UPC-E zero suppression).
 */
final class UpcE {

    private UpcE() {
    }

    /** True when the first digit of an 8-digit code is a UPC-E number system (0 or 1). */
    static boolean hasNumberSystem(String upcE) {
        char numberSystem = upcE.charAt(0);
        return numberSystem == '0' || numberSystem == '1';
    }

    /**
     * The 12-digit UPC-A of an 8-digit UPC-E, with the check digit computed from the expansion (it
     * equals the UPC-E's own last digit exactly when the UPC-E is valid).
     */
    static String toUpcA(String upcE) {
        String body = expandBody(upcE.charAt(0), upcE.substring(1, 7));
        return body + Gtin.checkDigit(body);
    }

    /** Number system plus ten digits, following the rule chosen by the sixth digit. */
    private static String expandBody(char numberSystem, String d) {
        char last = d.charAt(5);
        String expanded = switch (last) {
            case '0', '1', '2' -> d.substring(0, 2) + last + "0000" + d.substring(2, 5);
            case '3' -> d.substring(0, 3) + "00000" + d.substring(3, 5);
            case '4' -> d.substring(0, 4) + "00000" + d.charAt(4);
            default -> d.substring(0, 5) + "0000" + last;
        };
        return numberSystem + expanded;
    }
}
