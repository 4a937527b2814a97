package mx.michangarrito.pos.device;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.display.CustomerDisplay;
import mx.michangarrito.hardware.display.DisplayCommandSet;
import mx.michangarrito.hardware.display.DisplayLines;
import mx.michangarrito.hardware.output.OutputDevices;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualDisplay;

/**
 * The 2×20 display facing the customer, seen from the counter: the screens hand it two lines and go
 * on; the lines are written in order on the display's own thread, so a display that is slow or
 * unplugged never holds up a sale (the driver reports it and reconnects on the next write).
 */
public final class DisplayOutput implements AutoCloseable {

    /** The setting naming the display's address; absent or {@code sim:} means the virtual display. */
    public static final String DISPLAY_SETTING = "device.display";
    /** The display's command set, {@code EPSON_DM_D} (default) or {@code CD5220}. */
    public static final String COMMANDS_SETTING = "device.display.commands";

    private static final System.Logger LOG = System.getLogger(DisplayOutput.class.getName());

    private final CustomerDisplay display;
    private final VirtualDisplay virtual;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("display").factory());

    private DisplayOutput(CustomerDisplay display, VirtualDisplay virtual) {
        this.display = Objects.requireNonNull(display, "display");
        this.virtual = virtual;
        writer.execute(() -> {
            try {
                display.start(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.INFO, "the customer display is not reachable yet: " + e.getMessage());
            }
        });
    }

    /** Opens the display at {@code uri} ({@code sim:} → the virtual display of {@code simulators}). */
    public static DisplayOutput open(DeviceUri uri, DisplayCommandSet commands, Simulators simulators, Clock clock,
            Locale locale) {
        CustomerDisplay display = new OutputDevices(simulators, clock).display("display", uri, commands, CodeTable.CP437,
                locale);
        VirtualDisplay virtual = null;
        if (uri instanceof SimUri sim) {
            try {
                virtual = simulators.display(sim);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "the virtual display did not start", e);
            }
        }
        return new DisplayOutput(display, virtual);
    }

    /** Shows two lines (each cut or padded to 20 characters). */
    public void show(String upper, String lower) {
        DisplayLines lines = new DisplayLines(upper, lower);
        writer.execute(() -> display.show(lines));
    }

    /** The virtual display, in demo mode. */
    public Optional<VirtualDisplay> virtual() {
        return Optional.ofNullable(virtual);
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        display.close();
    }
}
