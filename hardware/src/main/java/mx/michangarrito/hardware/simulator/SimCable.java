package mx.michangarrito.hardware.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.transport.Link;
import mx.michangarrito.hardware.transport.LinkOpener;
import mx.michangarrito.hardware.transport.MemoryLink;

/**
 * The in-memory cable between a driver and its simulator. The driver gets a fresh view of its end at
 * each open, so closing and reopening the device works as with a real port; closing the simulator's end
 * is pulling the cable for good.
 */
final class SimCable {

    private final MemoryLink.Pair pair;

    SimCable(SimUri uri, Duration poll) {
        this.pair = MemoryLink.pair(uri, poll);
    }

    Link deviceEnd() {
        return pair.device();
    }

    LinkOpener opener() {
        return timeout -> {
            if (!pair.driver().isOpen() || !pair.device().isOpen()) {
                throw Simulated.unplugged(pair.driver().uri());
            }
            return new View(pair.driver());
        };
    }

    /** One open of the driver's end: closing it leaves the cable plugged in. */
    private static final class View implements Link {
        private final MemoryLink end;
        private volatile boolean closed;

        View(MemoryLink end) {
            this.end = end;
        }

        @Override
        public SimUri uri() {
            return end.uri();
        }

        @Override
        public InputStream input() {
            return end.input();
        }

        @Override
        public OutputStream output() {
            return end.output();
        }

        @Override
        public void readTimeout(Duration timeout) {
            end.readTimeout(timeout);
        }

        @Override
        public boolean isOpen() {
            return !closed && end.isOpen();
        }

        @Override
        public void close() throws IOException {
            closed = true;
        }
    }
}
