package mx.michangarrito.shared.sync;

/** What the cloud did with one pushed event. */
public enum PushOutcome {
    /** Stored now (and applied to stock and fiado balances where it moves them). */
    ACCEPTED,
    /** Already stored by an earlier push; nothing changed. */
    DUPLICATE,
    /**
     * Stored for the record but not applied, with a reason: the event breaks a rule of the wire format
     * (e.g. a zero stock delta) or reuses an id or sequence with other content. Resending answers the same.
     */
    REJECTED;

    /** True if the terminal may forget the event: the cloud has it for good. */
    public boolean settled() {
        return this != REJECTED;
    }
}
