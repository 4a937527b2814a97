package mx.michangarrito.hardware.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import mx.michangarrito.hardware.device.SimUri;
import org.junit.jupiter.api.Test;

/** The in-memory link that connects a driver to a simulator in demo mode. */
class MemoryLinkTest {

    private final MemoryLink.Pair pair = MemoryLink.pair(new SimUri("caja-1"), Duration.ofMillis(50));

    @Test
    void bytesGoBothWaysInOrder() throws IOException {
        pair.driver().output().write(new byte[] {'W', 0x0D});
        pair.device().output().write(new byte[] {0x02, '1', 0x0D});

        assertArrayEquals(new byte[] {'W', 0x0D}, pair.device().input().readNBytes(2));
        assertArrayEquals(new byte[] {0x02, '1', 0x0D}, pair.driver().input().readNBytes(3));
        assertEquals("sim:caja-1", pair.driver().uri().toString());
    }

    @Test
    void aSilentDeviceMakesTheReadTimeOut() {
        assertThrows(InterruptedIOException.class, () -> pair.driver().input().read());
    }

    @Test
    void pullingTheCableEndsTheStreamAfterWhatWasSentAndRefusesWrites() throws IOException {
        pair.device().output().write('7');
        pair.device().close();

        assertEquals('7', pair.driver().input().read());
        assertEquals(-1, pair.driver().input().read());
        assertThrows(IOException.class, () -> pair.driver().output().write('W'));
        assertFalse(pair.device().isOpen());
    }
}
