package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_ESCAPE;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-escapes ({@code %20}, {@code %C3%B1}) in the free-text parts of an address: printer names,
 * paths, port names. Canonical text escapes only what would not survive a round trip, so names with
 * spaces and accents stay readable.
 */
final class UriText {

    private static final String HEX = "0123456789ABCDEF";

    private UriText() {
    }

    /** Replaces each {@code %XX} by its byte and reads the bytes as UTF-8. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%') {
                int high = i + 1 < text.length() ? HEX.indexOf(Character.toUpperCase(text.charAt(i + 1))) : -1;
                int low = i + 2 < text.length() ? HEX.indexOf(Character.toUpperCase(text.charAt(i + 2))) : -1;
                if (high < 0 || low < 0) {
                    throw new InvalidDeviceUriException(INVALID_ESCAPE, text.substring(i, Math.min(i + 3, text.length())), text);
                }
                bytes.write(high << 4 | low);
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDeviceUriException(INVALID_ESCAPE, text, text);
        }
    }

    /**
     * Escapes {@code %}, control characters, whitespace at either end (the parser strips it) and any
     * character of {@code alsoEscape}; everything else, spaces and accents included, stays as it is.
     */
    static String encode(String text, String alsoEscape) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.codePointAt(first))) {
            first += Character.charCount(text.codePointAt(first));
        }
        int end = text.length();
        while (end > first && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            boolean atEdge = i < first || i >= end;
            if (codePoint == '%' || Character.isISOControl(codePoint) || atEdge || alsoEscape.indexOf(codePoint) >= 0) {
                for (byte b : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt(b >> 4 & 0xF)).append(HEX.charAt(b & 0xF));
                }
            } else {
                out.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
