package mx.michangarrito.pos.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What the sync is doing, as a plain value the UI shows (synced / N pending / offline since HH:MM /
 * error with the reason). {@link #text(ZoneId)} is the Spanish line for the status bar.
 */
public sealed interface SyncStatus {

    /** Events still in the outbox. */
    long pending();

    /** The status in Spanish, with times in the shop's zone. */
    String text(ZoneId zone);

    /** Nothing sent yet since the app started. */
    record Starting(long pending) implements SyncStatus {
        @Override
        public String text(ZoneId zone) {
            return pending == 0 ? "Sincronización iniciando" : pending + " pendientes por enviar";
        }
    }

    /** Everything in the outbox reached the cloud. */
    record Synced(Instant at, long rejected) implements SyncStatus {
        @Override
        public long pending() {
            return 0;
        }

        @Override
        public String text(ZoneId zone) {
            String text = "Sincronizado " + hhmm(at, zone);
            return rejected == 0 ? text : text + " (" + rejected + " rechazados por la nube)";
        }
    }

    /** Sending: {@code pending} events left. */
    record Pending(long pending) implements SyncStatus {
        @Override
        public String text(ZoneId zone) {
            return pending + " pendientes por enviar";
        }
    }

    /** The cloud cannot be reached since {@code since}; sales go on and wait in the outbox. */
    record Offline(Instant since, long pending, String reason) implements SyncStatus {
        @Override
        public String text(ZoneId zone) {
            return "Sin conexión desde las " + hhmm(since, zone) + " · " + pending + " pendientes";
        }
    }

    /** The cloud refused, or this terminal must be updated: retrying alone will not fix it. */
    record Failed(String reason, long pending) implements SyncStatus {
        @Override
        public String text(ZoneId zone) {
            return "Error de sincronización: " + reason + " · " + pending + " pendientes";
        }
    }

    private static String hhmm(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(at);
    }
}
