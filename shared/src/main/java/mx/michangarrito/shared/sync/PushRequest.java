package mx.michangarrito.shared.sync;

import java.util.List;
import java.util.UUID;

/**
 * {@code POST /v1/sync/push}: a batch of a terminal's outbox in ascending sequence order. Sending the same
 * batch again is harmless: each event is stored once per shop.
 *
 * @param schemaVersion the wire format's version the terminal speaks ({@link SyncSchema#CURRENT})
 * @param terminalId    the sending terminal; must be the one of the device credential
 * @param events        1 to {@link SyncSchema#MAX_EVENTS_PER_PUSH} events, sequences strictly ascending
 */
public record PushRequest(int schemaVersion, UUID terminalId, List<PushedEvent> events) {

    public PushRequest {
        events = events == null ? null : List.copyOf(events);
    }
}
