package mx.michangarrito.hardware.scale;

import java.util.Locale;
import java.util.Optional;
import mx.michangarrito.hardware.device.SerialSettings;

/**
 * The bytes a scale model speaks: the request for a weight, zero and tare commands where the model has
 * them, and its replies, which end in CR. Codecs only turn bytes into values and back ({@link #encode}
 * is what the scale sends, used by the simulator); the link belongs to {@link SerialScale}.
 */
public sealed interface ScaleProtocol permits Toledo8217, CasProtocol, GenericScaleProtocol {

    /** Carriage return: every protocol here ends its replies with it. */
    byte CR = 0x0D;

    /**
     * The name used in settings and on the command line.
     *
     * @return e.g. {@code toledo}, {@code cas-pd2}, {@code cas-esp}, {@code generic}
     */
    String id();

    /**
     * The port settings this model ships with.
     *
     * @return speed and frame, e.g. 9600 7E1
     */
    SerialSettings serialSettings();

    /**
     * What to send to ask for the weight.
     *
     * @return the request bytes
     */
    byte[] weightRequest();

    /**
     * The command that sets the scale to zero, if the model has one.
     *
     * @return the bytes, or empty
     */
    default Optional<byte[]> zeroCommand() {
        return Optional.empty();
    }

    /**
     * The command that takes the current weight as tare, if the model has one.
     *
     * @return the bytes, or empty
     */
    default Optional<byte[]> tareCommand() {
        return Optional.empty();
    }

    /**
     * The command that clears the tare, if the model has one.
     *
     * @return the bytes, or empty
     */
    default Optional<byte[]> clearTareCommand() {
        return Optional.empty();
    }

    /**
     * Reads one reply.
     *
     * @param frame the bytes received before the CR
     * @return the decoded reply
     * @throws MalformedReplyException if the bytes are not a reply of this protocol
     */
    ScaleReply decode(byte[] frame) throws MalformedReplyException;

    /**
     * The bytes this model sends for a reply, CR included (what a simulator answers).
     *
     * @param reply the status and weight to send
     * @return the reply bytes
     */
    byte[] encode(ScaleReply reply);

    /**
     * One of the built-in protocols by its id.
     *
     * @param id {@code toledo}, {@code cas-pd2} or {@code cas-esp}, any case
     * @return the protocol, or empty for an unknown id (the generic protocol needs its own settings)
     */
    static Optional<ScaleProtocol> byId(String id) {
        return switch (id.strip().toLowerCase(Locale.ROOT)) {
            case "toledo", "toledo-8217" -> Optional.of(new Toledo8217());
            case "cas-pd2", "cas-pd-ii" -> Optional.of(new CasPd2());
            case "cas-esp", "samsung-esp" -> Optional.of(new CasEsp());
            default -> Optional.empty();
        };
    }
}
