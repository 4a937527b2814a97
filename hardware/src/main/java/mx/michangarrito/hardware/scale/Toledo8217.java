package mx.michangarrito.hardware.scale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.michangarrito.hardware.device.FlowControl;
import mx.michangarrito.hardware.device.Parity;
import mx.michangarrito.hardware.device.SerialSettings;
import mx.michangarrito.hardware.device.StopBits;
import mx.michangarrito.hardware.device.WeightStatus;

/**
 * Mettler Toledo 8217 protocol, 9600 7E1. {@code W} asks for the weight: a settled weight comes back
 * as {@code STX} weight {@code CR}; otherwise {@code STX ? status CR}, where status bit 0 is motion,
 * bit 1 over capacity and bit 2 below zero. {@code Z} zeroes, {@code T} tares, {@code C} clears the tare.
 */
public record Toledo8217() implements ScaleProtocol {

    /** Start of text, first byte of every reply. */
    public static final byte STX = 0x02;
    private static final Pattern WEIGHT = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,4})?");
    private static final int MOTION = 0x01;
    private static final int OVER_CAPACITY = 0x02;
    private static final int UNDER_ZERO = 0x04;
    /** Not read by the driver; the simulator sets it so the status byte stays a printable character. */
    private static final int PRINTABLE = 0x40;

    @Override
    public String id() {
        return "toledo";
    }

    @Override
    public SerialSettings serialSettings() {
        return new SerialSettings(9600, 7, Parity.EVEN, StopBits.ONE, FlowControl.NONE);
    }

    @Override
    public byte[] weightRequest() {
        return new byte[] {'W'};
    }

    @Override
    public Optional<byte[]> zeroCommand() {
        return Optional.of(new byte[] {'Z'});
    }

    @Override
    public Optional<byte[]> tareCommand() {
        return Optional.of(new byte[] {'T'});
    }

    @Override
    public Optional<byte[]> clearTareCommand() {
        return Optional.of(new byte[] {'C'});
    }

    @Override
    public ScaleReply decode(byte[] frame) throws MalformedReplyException {
        if (frame.length < 2 || frame[0] != STX) {
            throw new MalformedReplyException("a Toledo reply starts with STX");
        }
        if (frame[1] == '?') {
            if (frame.length != 3) {
                throw new MalformedReplyException("a Toledo status reply is STX ? status");
            }
            int status = frame[2];
            if ((status & OVER_CAPACITY) != 0) {
                return ScaleReply.statusOnly(WeightStatus.OVERLOAD);
            }
            if ((status & UNDER_ZERO) != 0) {
                return ScaleReply.statusOnly(WeightStatus.NEGATIVE);
            }
            if ((status & MOTION) != 0) {
                return ScaleReply.statusOnly(WeightStatus.MOTION);
            }
            throw new MalformedReplyException("a Toledo status reply with no status bit set");
        }
        String text = new String(frame, 1, frame.length - 1, StandardCharsets.US_ASCII);
        if (!WEIGHT.matcher(text).matches()) {
            throw new MalformedReplyException("not a Toledo weight: \"" + text + "\"");
        }
        return ScaleReply.of(WeightStatus.STABLE, new BigDecimal(text));
    }

    @Override
    public byte[] encode(ScaleReply reply) {
        int bits = switch (reply.status()) {
            case STABLE -> -1;
            case MOTION -> MOTION;
            case OVERLOAD -> OVER_CAPACITY;
            case NEGATIVE -> UNDER_ZERO;
        };
        if (bits < 0) {
            String weight = String.format(java.util.Locale.ROOT, "%06.3f", reply.kilograms().orElse(BigDecimal.ZERO));
            byte[] digits = weight.getBytes(StandardCharsets.US_ASCII);
            byte[] out = new byte[digits.length + 2];
            out[0] = STX;
            System.arraycopy(digits, 0, out, 1, digits.length);
            out[out.length - 1] = CR;
            return out;
        }
        return new byte[] {STX, '?', (byte) (PRINTABLE | bits), CR};
    }
}
