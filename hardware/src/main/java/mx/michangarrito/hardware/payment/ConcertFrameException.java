package mx.michangarrito.hardware.payment;

/** Bytes that are not a valid Concert frame: wrong length, wrong LRC, missing STX/ETX, bad field. */
public final class ConcertFrameException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A refused frame.
     *
     * @param detail what was wrong, for the log
     */
    public ConcertFrameException(String detail) {
        super(detail);
    }
}
