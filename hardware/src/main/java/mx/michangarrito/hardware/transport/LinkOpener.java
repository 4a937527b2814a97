package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * How a driver gets its link, so the same driver runs over a real port ({@link Links#open}) or over an
 * in-process simulator ({@link MemoryLink#pair}). Called again to reconnect after the link is lost.
 */
@FunctionalInterface
public interface LinkOpener {

    /**
     * Opens a fresh link.
     *
     * @param timeout how long to wait for it; also the first read timeout
     * @return the open link
     * @throws IOException if the device is not there
     */
    Link open(Duration timeout) throws IOException;
}
