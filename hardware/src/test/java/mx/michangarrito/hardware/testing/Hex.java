package mx.michangarrito.hardware.testing;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** Byte strings written as in PROTOCOLS.md ({@code "1B 70 30 19 FA"}), for exact expectations. */
public final class Hex {

    private Hex() {
    }

    /**
     * @param spaced hex bytes separated by spaces
     * @return the bytes
     */
    public static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    /**
     * @param bytes bytes
     * @return them as {@code "1B 40"}
     */
    public static String of(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    /**
     * Concatenates parts: hex strings, or text in ASCII (written {@code "'text'"}).
     *
     * @param parts hex strings, or ASCII text between single quotes
     * @return the bytes
     */
    public static byte[] concat(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            if (part.startsWith("'") && part.endsWith("'")) {
                out.writeBytes(part.substring(1, part.length() - 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else {
                out.writeBytes(bytes(part));
            }
        }
        return out.toByteArray();
    }
}
