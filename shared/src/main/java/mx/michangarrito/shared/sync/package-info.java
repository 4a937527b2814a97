/**
 * The sync wire format between a terminal and the cloud: versioned records of terminal-born events and
 * the push request and answer. Plain records with Jackson annotations only; each side configures its own
 * {@code ObjectMapper} (ISO-8601 instants, unknown properties refused). See decision 0008.
 */
package mx.michangarrito.shared.sync;
