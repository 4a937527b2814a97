package mx.michangarrito.hardware.payment;

/** The control bytes of the Ingenico Concert protocol (protocol E) and its checksum. */
public final class Concert {

    /** Start of a frame. */
    public static final byte STX = 0x02;
    /** End of a frame's text; the LRC follows. */
    public static final byte ETX = 0x03;
    /** End of a session. */
    public static final byte EOT = 0x04;
    /** Asks the other side to listen. */
    public static final byte ENQ = 0x05;
    /** Received and valid. */
    public static final byte ACK = 0x06;
    /** Received but invalid: send again. */
    public static final byte NAK = 0x15;

    private Concert() {
    }

    /**
     * The longitudinal redundancy check of a frame: the XOR of every byte after STX, ETX included.
     *
     * @param bytes  the frame
     * @param from   the index just after STX
     * @param to     the index just after ETX (exclusive end)
     * @return the check byte
     */
    public static byte lrc(byte[] bytes, int from, int to) {
        byte lrc = 0;
        for (int i = from; i < to; i++) {
            lrc ^= bytes[i];
        }
        return lrc;
    }
}
