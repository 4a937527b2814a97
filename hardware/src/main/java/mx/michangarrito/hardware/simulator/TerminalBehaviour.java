package mx.michangarrito.hardware.simulator;

/** How the simulated card terminal handles the next transactions. */
public enum TerminalBehaviour {
    /** Approves (status 0) with a card number and an authorisation reference. */
    APPROVE,
    /** Refuses (status 7). */
    DECLINE,
    /** Answers status 9, not verified. */
    NOT_VERIFIED,
    /** Takes the request, then never sends the result (the POS times out, or the cashier cancels). */
    NO_RESULT,
    /** Sends its answer with a wrong LRC every time. */
    GARBLE_ALWAYS,
    /** Sends its answer with a wrong LRC once, then correctly after the POS's NAK. */
    GARBLE_ONCE,
    /** Refuses every request frame with NAK. */
    NAK_REQUESTS,
    /** Ignores ENQ: switched off or not in Concert mode. */
    IGNORE_ENQ,
    /** Takes the request, then the cable is pulled before the result. */
    DISCONNECT_AFTER_REQUEST
}
