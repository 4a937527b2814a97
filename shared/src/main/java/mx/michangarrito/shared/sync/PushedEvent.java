package mx.michangarrito.shared.sync;

import java.time.Instant;

/**
 * One outbox entry in a push: the event with the terminal's gapless sequence number.
 *
 * @param sequence   the terminal's outbox sequence, from 1, without gaps
 * @param recordedAt when the terminal queued the event
 * @param event      the event
 */
public record PushedEvent(long sequence, Instant recordedAt, TerminalEvent event) {
}
