package mx.michangarrito.hardware.device;

import java.util.Locale;
import java.util.Optional;

/** Serial flow control: how a device says "wait" when its buffer is full. */
public enum FlowControl {
    /** No flow control, the default. */
    NONE("none"),
    /** Hardware handshake on the RTS and CTS lines. */
    RTS_CTS("rtscts"),
    /** Software handshake with the XON (0x11) and XOFF (0x13) bytes. */
    XON_XOFF("xonxoff");

    private final String text;

    FlowControl(String text) {
        this.text = text;
    }

    /**
     * How this flow control is written in {@code flow=} of a {@code serial:} address.
     *
     * @return {@code none}, {@code rtscts} or {@code xonxoff}
     */
    public String text() {
        return text;
    }

    /**
     * Reads flow control as written by {@link #text()}, ignoring case.
     *
     * @param text {@code none}, {@code rtscts} or {@code xonxoff}
     * @return the flow control, or empty for anything else
     */
    public static Optional<FlowControl> fromText(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (FlowControl flowControl : values()) {
            if (flowControl.text.equals(lower)) {
                return Optional.of(flowControl);
            }
        }
        return Optional.empty();
    }
}
