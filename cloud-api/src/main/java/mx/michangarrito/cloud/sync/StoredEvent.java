package mx.michangarrito.cloud.sync;

import java.util.UUID;

/**
 * An event already in the shop's log, as a resend is compared with it.
 *
 * @param terminalId   the terminal that sent it first
 * @param sequence     its terminal sequence
 * @param rejectReason the reason it was rejected, or null if it was applied
 * @param samePayload  true if the stored payload equals the one just received
 */
record StoredEvent(UUID terminalId, long sequence, String rejectReason, boolean samePayload) {
}
