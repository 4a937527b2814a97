package mx.michangarrito.hardware.scale;

/** A scale's answer does not follow its protocol: noise, a wrong baud rate, or the wrong protocol chosen. */
public final class MalformedReplyException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A refused reply.
     *
     * @param detail what was wrong, for the log
     */
    public MalformedReplyException(String detail) {
        super(detail);
    }
}
