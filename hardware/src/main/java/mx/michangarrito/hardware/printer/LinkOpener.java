package mx.michangarrito.hardware.printer;

import java.io.IOException;
import java.time.Duration;
import mx.michangarrito.hardware.transport.Link;

/** Opens the byte link to a printer, again after each loss. */
@FunctionalInterface
public interface LinkOpener {

    /**
     * @param timeout how long to wait for the connection
     * @return the open link
     * @throws IOException if the printer cannot be reached
     */
    Link open(Duration timeout) throws IOException;
}
