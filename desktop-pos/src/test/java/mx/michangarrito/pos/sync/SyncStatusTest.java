package mx.michangarrito.pos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SyncStatusTest {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final Instant AT = Instant.parse("2026-11-23T20:05:00Z");

    @Test
    void theStatusBarLinesAreSpanishWithShopTime() {
        assertEquals("Sincronizado 14:05", new SyncStatus.Synced(AT, 0).text(CDMX));
        assertEquals("Sincronizado 14:05 (2 rechazados por la nube)", new SyncStatus.Synced(AT, 2).text(CDMX));
        assertEquals("12 pendientes por enviar", new SyncStatus.Pending(12).text(CDMX));
        assertEquals("Sin conexión desde las 14:05 · 3 pendientes", new SyncStatus.Offline(AT, 3, "timeout").text(CDMX));
        assertEquals("Error de sincronización: La sesión no es válida · 4 pendientes",
                new SyncStatus.Failed("La sesión no es válida", 4).text(CDMX));
    }
}
