package mx.michangarrito.shared.sync;

import java.time.Instant;

/**
 * One change with its place in the shop's change log.
 *
 * @param sequence  the per-shop server sequence; a terminal's cursor is the last one it applied
 * @param changedAt when the cloud committed it
 * @param change    the new state, or a tombstone
 */
public record PulledChange(long sequence, Instant changedAt, CloudChange change) {
}
