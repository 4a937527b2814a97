package mx.michangarrito.shared.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A category created or renamed at a terminal, pushed like any terminal event (schema version 3). The
 * cloud makes it the shop's category (the last command received wins) and every terminal pulls it as a
 * {@link CategoryState}, so a rename reaches the other counters even when no product of it was edited.
 *
 * @param eventId    the command's UUIDv7
 * @param categoryId the category's UUIDv7
 * @param name       its name now
 * @param userId     who did it, else null
 * @param at         when
 */
public record CategoryCommanded(UUID eventId, UUID categoryId, String name, UUID userId, Instant at)
        implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "category.commanded";

    @Override
    public String wireType() {
        return TYPE;
    }
}
