package mx.michangarrito.hardware.printer;

import java.util.List;

/** The operating system's print queues, for the settings screen and the {@code devices} command. */
public final class PrintServices {

    private PrintServices() {
    }

    /**
     * The names of the OS print queues that accept raw bytes, to be written as {@code spooler:<name>}.
     *
     * @return the names, possibly none
     */
    public static List<String> names() {
        return SpoolerChannel.printerNames();
    }
}
