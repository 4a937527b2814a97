package mx.michangarrito.pos.ui.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.pos.sync.ResyncTracker;
import mx.michangarrito.pos.ui.Texts;
import org.junit.jupiter.api.Test;

/** The full resync's progress bar, fed by the tracker on the sync thread, shown on the screen's thread. */
class ResyncViewModelTest {

    @Test
    void theBarShowsEachPageInSpanishAndGoesWhenTheResyncEnds() {
        ResyncTracker tracker = new ResyncTracker();
        List<Runnable> uiQueue = new ArrayList<>();
        ResyncViewModel model = new ResyncViewModel(tracker, uiQueue::add, Texts.spanish());
        assertFalse(model.runningProperty().get());
        assertEquals("", model.textProperty().get());

        tracker.progressed(1_200, 5_000);
        assertFalse(model.runningProperty().get(), "nothing changes off the screen's thread");
        uiQueue.removeFirst().run();
        assertTrue(model.runningProperty().get());
        assertEquals("Sincronizando catálogo completo… 1,200 de 5,000", model.textProperty().get());
        assertEquals(0.24, model.progressProperty().get(), 1e-9);

        tracker.progressed(5_000, 5_000);
        tracker.ended(true);
        uiQueue.forEach(Runnable::run);
        uiQueue.clear();
        assertFalse(model.runningProperty().get());
        assertEquals("", model.textProperty().get());
    }

    @Test
    void aScreenOpenedMidResyncShowsItAtOnceAndAClosedOneStopsFollowing() {
        ResyncTracker tracker = new ResyncTracker();
        tracker.progressed(200, 1_000);
        ResyncViewModel model = new ResyncViewModel(tracker, Runnable::run, new Texts(java.util.Locale.ENGLISH));
        assertTrue(model.runningProperty().get());
        assertEquals("Syncing the whole catalog… 200 of 1,000", model.textProperty().get());
        model.close();
        tracker.ended(false);
        assertTrue(model.runningProperty().get(), "closed: no longer follows");
        assertEquals(ResyncTracker.State.IDLE, tracker.state());
    }
}
