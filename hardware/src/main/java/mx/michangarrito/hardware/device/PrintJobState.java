package mx.michangarrito.hardware.device;

/** Where a ticket is in the print queue. */
public enum PrintJobState {
    /** Waiting for its turn. */
    QUEUED,
    /** Being sent to the printer now. */
    SENDING,
    /** The printer could not take it (paper out, offline, unplugged); it will be retried. */
    WAITING,
    /** The printer received all of it. Final. */
    ACCEPTED,
    /** Cancelled before the printer accepted it. Final. */
    CANCELLED
}
