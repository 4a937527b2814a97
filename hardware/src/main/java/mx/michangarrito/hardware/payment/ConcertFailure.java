package mx.michangarrito.hardware.payment;

/** A Concert session that ended without a valid answer; the link itself still works. */
final class ConcertFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** Where the session stopped; each maps to a message for the cashier. */
    enum Kind {
        /** The terminal never acknowledged ENQ: it is off, busy or not in Concert mode. Nothing was charged. */
        NO_ANSWER,
        /** The terminal refused the request frame every time (NAK). Nothing was charged. */
        REFUSED_REQUEST,
        /** The terminal took the request but sent no result in time. */
        NO_RESULT,
        /** The terminal's answer stayed broken after every NAK. */
        GARBLED_RESULT,
        /** The cashier cancelled while waiting for the result. */
        CANCELLED
    }

    private final Kind kind;

    ConcertFailure(Kind kind, String detail) {
        super(kind + ": " + detail);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
