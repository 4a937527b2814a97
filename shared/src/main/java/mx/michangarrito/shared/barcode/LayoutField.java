package mx.michangarrito.shared.barcode;

/**
 * One run of equal letters in a variable-measure layout pattern.
 *
 * @param letter {@link #ITEM}, {@link #WEIGHT}, {@link #PRICE} or {@link #CHECK}
 * @param start  index of its first character
 * @param end    index after its last character
 */
record LayoutField(char letter, int start, int end) {

    static final char ITEM = 'I';
    static final char WEIGHT = 'W';
    static final char PRICE = 'P';
    static final char CHECK = 'C';

    /** This field's digits in a code of the layout's length. */
    String in(String code) {
        return code.substring(start, end);
    }

    int width() {
        return end - start;
    }
}
