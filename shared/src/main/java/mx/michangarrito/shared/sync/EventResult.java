package mx.michangarrito.shared.sync;

import java.util.UUID;

/**
 * The cloud's answer about one pushed event.
 *
 * @param sequence the event's terminal sequence
 * @param eventId  the event's id
 * @param outcome  accepted, duplicate or rejected
 * @param reason   why it was rejected (a stable code such as {@code stock.zero_quantity}), else null
 */
public record EventResult(long sequence, UUID eventId, PushOutcome outcome, String reason) {

    /** An accepted event. */
    public static EventResult accepted(long sequence, UUID eventId) {
        return new EventResult(sequence, eventId, PushOutcome.ACCEPTED, null);
    }

    /** An event stored before. */
    public static EventResult duplicate(long sequence, UUID eventId) {
        return new EventResult(sequence, eventId, PushOutcome.DUPLICATE, null);
    }

    /** A rejected event with its reason code. */
    public static EventResult rejected(long sequence, UUID eventId, String reason) {
        return new EventResult(sequence, eventId, PushOutcome.REJECTED, reason);
    }
}
