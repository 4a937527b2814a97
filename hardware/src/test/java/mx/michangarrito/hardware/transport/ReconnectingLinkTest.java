package mx.michangarrito.hardware.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.hardware.device.SimUri;
import org.junit.jupiter.api.Test;

/** The link a driver keeps across a pulled cable: lost once, reopened when next needed. */
class ReconnectingLinkTest {

    private final List<MemoryLink.Pair> opened = new ArrayList<>();
    private final List<Duration> timeouts = new ArrayList<>();
    private boolean plugged = true;
    private final ReconnectingLink link = new ReconnectingLink(timeout -> {
        timeouts.add(timeout);
        if (!plugged) {
            throw new ConnectException("unplugged");
        }
        MemoryLink.Pair pair = MemoryLink.pair(new SimUri("caja-1"), timeout);
        opened.add(pair);
        return pair.driver();
    }, Duration.ofMillis(100));
    private final List<String> events = new ArrayList<>();

    @Test
    void theHeldLinkIsUsedWithoutReopening() throws IOException {
        link.open(Duration.ofSeconds(3));

        assertSame(opened.get(0).driver(), link.usable(() -> events.add("back")));
        assertTrue(link.isOpen());
        assertEquals(List.of(Duration.ofSeconds(3)), timeouts);
        assertEquals(List.of(), events);
    }

    @Test
    void aLostLinkIsClosedForgottenAndReportedOnce() throws IOException {
        link.open(Duration.ofSeconds(3));
        Link first = link.current();

        link.lost(first, () -> events.add("lost"));
        link.lost(first, () -> events.add("lost"));

        assertNull(link.current());
        assertFalse(first.isOpen());
        assertFalse(link.isOpen());
        assertEquals(List.of("lost"), events);
    }

    @Test
    void aLostLinkComesBackWhenNeededAndCanBeLostAgain() throws IOException {
        link.open(Duration.ofSeconds(3));
        link.lost(link.current(), () -> events.add("lost"));
        plugged = false;

        assertThrows(ConnectException.class, () -> link.usable(() -> events.add("back")));
        plugged = true;
        Link second = link.usable(() -> events.add("back"));
        link.lost(second, () -> events.add("lost"));

        assertSame(opened.get(1).driver(), second);
        assertEquals(List.of("lost", "back", "lost"), events);
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofMillis(100), Duration.ofMillis(100)), timeouts);
    }

    @Test
    void closingClosesTheHeldLink() throws IOException {
        link.open(Duration.ofSeconds(3));

        link.close();
        link.close();

        assertNull(link.current());
        assertFalse(opened.get(0).driver().isOpen());
    }
}
