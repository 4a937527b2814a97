package mx.michangarrito.pos.ui.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import mx.michangarrito.pos.sync.SyncStatus;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.cloud.SyncStatusViewModel.Tone;
import org.junit.jupiter.api.Test;

/** The sale screen's sync indicator, fed the pusher's statuses, without a stage. */
class SyncStatusViewModelTest {

    private static final ZoneId SHOP = ZoneId.of("America/Mexico_City");

    @Test
    void anUnpairedTerminalSaysSoAndStartsFollowingOnceItIsPairedAndStopsOnceUnpaired() {
        // As PosServices.startSync: a new sync gets the listener, a running one keeps the one it has.
        List<Consumer<SyncStatus>> listeners = new ArrayList<>();
        boolean[] paired = {false};
        Object[] running = {null};
        SyncStatusViewModel model = new SyncStatusViewModel(listener -> {
            if (!paired[0]) {
                running[0] = null;
                return Optional.empty();
            }
            if (running[0] == null) {
                running[0] = new Object();
                listeners.add(listener);
            }
            return Optional.of(running[0]);
        }, Runnable::run, Texts.spanish(), SHOP);
        model.start();
        assertEquals("Sin nube", model.textProperty().get());
        assertEquals(Tone.NOT_PAIRED, model.toneProperty().get());
        paired[0] = true;
        model.start();
        model.start();
        assertEquals(1, listeners.size(), "one listener for the life of the sync");
        listeners.getFirst().accept(new SyncStatus.Pending(3));
        assertEquals("3 pendientes por enviar", model.textProperty().get());
        assertEquals(Tone.PENDING, model.toneProperty().get());
        paired[0] = false;
        model.start();
        assertEquals("Sin nube", model.textProperty().get(), "unpaired in the back office: shown on return");
        assertEquals(Tone.NOT_PAIRED, model.toneProperty().get());
    }

    @Test
    void anUnreadableCredentialSaysToPairAgain() {
        SyncStatusViewModel model = new SyncStatusViewModel(l -> Optional.empty(), () -> true, Runnable::run,
                Texts.spanish(), SHOP);
        model.start();
        assertEquals("Sin nube: vuelve a vincular la caja (la credencial no se puede leer en esta PC)",
                model.textProperty().get());
        assertEquals(Tone.ERROR, model.toneProperty().get());
    }

    @Test
    void eachStatusShowsInTheShopsTime() {
        SyncStatusViewModel model = new SyncStatusViewModel(l -> Optional.empty(), Runnable::run, Texts.spanish(), SHOP);
        model.show(new SyncStatus.Synced(Instant.parse("2026-11-23T18:05:00Z"), 0));
        assertEquals("Sincronizado 12:05", model.textProperty().get());
        assertEquals(Tone.SYNCED, model.toneProperty().get());
        model.show(new SyncStatus.Offline(Instant.parse("2026-11-23T20:41:00Z"), 12, "connect timed out"));
        assertEquals("Sin conexión desde las 14:41 · 12 pendientes", model.textProperty().get());
        assertEquals(Tone.OFFLINE, model.toneProperty().get());
        model.show(new SyncStatus.Failed("hay que actualizar el programa", 4));
        assertEquals("Error de sincronización: hay que actualizar el programa · 4 pendientes", model.textProperty().get());
        assertEquals(Tone.ERROR, model.toneProperty().get());
        model.show(new SyncStatus.Synced(Instant.parse("2026-11-23T18:05:00Z"), 2));
        assertEquals("Sincronizado 12:05 (2 rechazados por la nube)", model.textProperty().get());

        SyncStatusViewModel english = new SyncStatusViewModel(l -> Optional.empty(), Runnable::run,
                new Texts(java.util.Locale.ENGLISH), SHOP);
        english.show(new SyncStatus.Pending(1_250));
        assertEquals("1,250 waiting to be sent", english.textProperty().get());
    }
}
