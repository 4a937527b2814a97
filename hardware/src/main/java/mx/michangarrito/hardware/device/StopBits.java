package mx.michangarrito.hardware.device;

import java.util.Optional;

/** Serial stop bits: 1, 1.5 or 2 (an enum, so 1.5 needs no floating point). */
public enum StopBits {
    /** One stop bit, the usual setting ({@code 8N1}). */
    ONE("1"),
    /** One and a half stop bits (normally only with 5 data bits). */
    ONE_AND_A_HALF("1.5"),
    /** Two stop bits. */
    TWO("2");

    private final String text;

    StopBits(String text) {
        this.text = text;
    }

    /**
     * How these stop bits are written in {@code stop=} of a {@code serial:} address and in {@code 8N1}.
     *
     * @return {@code 1}, {@code 1.5} or {@code 2}
     */
    public String text() {
        return text;
    }

    /**
     * Reads stop bits as written by {@link #text()}.
     *
     * @param text {@code 1}, {@code 1.5} or {@code 2}
     * @return the stop bits, or empty for anything else
     */
    public static Optional<StopBits> fromText(String text) {
        for (StopBits stopBits : values()) {
            if (stopBits.text.equals(text.strip())) {
                return Optional.of(stopBits);
            }
        }
        return Optional.empty();
    }
}
