package mx.michangarrito.hardware.bluetooth;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.bluetooth.BluetoothStateException;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * Finds the card terminals among the Bluetooth devices paired with this computer through BlueCove
 * (JSR-82): for each paired device it searches the Serial Port Profile service (UUID {@code 0x1101}),
 * one device at a time and each within a time limit, so a terminal that is off or out of range costs the
 * limit and never hangs discovery. Only devices offering SPP are candidates, each with its
 * {@code btspp://} URL and channel; the message says how to expose one as a serial port, since
 * {@link mx.michangarrito.hardware.payment.ConcertTerminal} speaks over serial: {@code rfcomm bind}
 * then {@code serial:/dev/rfcomm0} on Linux, the Bluetooth COM port on Windows. A machine without an
 * adapter or without BlueZ's library gets a clear state, not an exception, pointing to the serial route.
 */
public final class BluetoothDiscovery {

    private static final System.Logger LOG = System.getLogger(BluetoothDiscovery.class.getName());
    static final String BUNDLE = "mx.michangarrito.hardware.bluetooth.messages";
    /** How long one device's service search may take; a reachable device answers in a few seconds. */
    static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(10);

    private final BluetoothStack stack;
    private final Duration searchTimeout;

    /** A discovery through BlueCove; it looks only when asked. */
    public BluetoothDiscovery() {
        this(new BlueCoveStack(), SEARCH_TIMEOUT);
    }

    BluetoothDiscovery(BluetoothStack stack, Duration searchTimeout) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.searchTimeout = Objects.requireNonNull(searchTimeout, "searchTimeout");
    }

    /**
     * Looks at the local adapter, its paired devices and their serial port services now. Takes at most
     * the search time limit (10 s) per paired device.
     *
     * @return paired devices sorted into terminal candidates and the rest, no adapter, or library missing
     */
    public BluetoothAvailability pairedDevices() {
        BluetoothAvailability found = look();
        LOG.log(found instanceof BluetoothAvailability.Paired ? Level.INFO : Level.WARNING,
                () -> "Bluetooth: " + found.message().format(Locale.ENGLISH) + detail(found));
        return found;
    }

    private BluetoothAvailability look() {
        List<PairedDevice> devices;
        try {
            devices = stack.pairedDevices();
        } catch (BluetoothStateException e) {
            return new BluetoothAvailability.NoAdapter(HardwareMessage.of(BUNDLE, "bluetooth.noAdapter"), e.toString());
        } catch (java.io.IOException e) {
            // the stack answered but the adapter is not usable
            return new BluetoothAvailability.NoAdapter(HardwareMessage.of(BUNDLE, "bluetooth.noAdapter"), e.toString());
        } catch (LinkageError | RuntimeException e) {
            // BlueCove reports a missing libbluetooth as an UnsatisfiedLinkError or wrapped in a RuntimeException
            return new BluetoothAvailability.LibraryMissing(HardwareMessage.of(BUNDLE, "bluetooth.libraryMissing"),
                    e.toString());
        }
        List<SerialPortDevice> terminals = new ArrayList<>();
        List<PairedDevice> without = new ArrayList<>();
        List<PairedDevice> unanswered = new ArrayList<>();
        for (PairedDevice device : devices) {
            if (Thread.currentThread().isInterrupted()) {
                unanswered.add(device);
                continue;
            }
            switch (search(device)) {
                case Result.Offers offers -> terminals.add(SerialPortDevice.of(device, offers.url()));
                case Result.None none -> without.add(device);
                case Result.Failed failed -> {
                    LOG.log(Level.INFO, () -> "Bluetooth: no service answer from " + device + ": " + failed.why());
                    unanswered.add(device);
                }
            }
        }
        return new BluetoothAvailability.Paired(terminals, without, unanswered, message(devices, terminals));
    }

    /** What one service search found. */
    private sealed interface Result {
        record Offers(String url) implements Result {
        }

        record None() implements Result {
        }

        record Failed(String why) implements Result {
        }
    }

    private Result search(PairedDevice device) {
        List<String> urls = new CopyOnWriteArrayList<>();
        CompletableFuture<BluetoothStack.End> ended = new CompletableFuture<>();
        BluetoothStack.Search running;
        try {
            running = stack.searchSerialPort(device.address(), new BluetoothStack.Listener() {
                @Override
                public void found(String connectionUrl) {
                    urls.add(connectionUrl);
                }

                @Override
                public void ended(BluetoothStack.End end) {
                    ended.complete(end);
                }
            });
        } catch (java.io.IOException | LinkageError | RuntimeException e) {
            return new Result.Failed("the search did not start: " + e);
        }
        try {
            BluetoothStack.End end = ended.get(searchTimeout.toNanos(), TimeUnit.NANOSECONDS);
            if (!urls.isEmpty()) {
                return new Result.Offers(urls.getFirst());
            }
            return switch (end) {
                case COMPLETED, NO_RECORDS -> new Result.None();
                case NOT_REACHABLE, TERMINATED, ERROR -> new Result.Failed("search ended: " + end);
            };
        } catch (TimeoutException e) {
            cancelQuietly(running);
            return new Result.Failed("no answer within " + searchTimeout);
        } catch (InterruptedException e) {
            cancelQuietly(running);
            Thread.currentThread().interrupt();
            return new Result.Failed("interrupted");
        } catch (ExecutionException e) {
            return new Result.Failed(e.getCause().toString());
        }
    }

    private static void cancelQuietly(BluetoothStack.Search running) {
        try {
            running.cancel();
        } catch (LinkageError | RuntimeException e) {
            LOG.log(Level.DEBUG, "cancelling a Bluetooth service search failed", e);
        }
    }

    private static HardwareMessage message(List<PairedDevice> devices, List<SerialPortDevice> terminals) {
        if (devices.isEmpty()) {
            return HardwareMessage.of(BUNDLE, "bluetooth.nonePaired");
        }
        if (terminals.isEmpty()) {
            return HardwareMessage.of(BUNDLE, "bluetooth.noSerialPort",
                    devices.stream().map(PairedDevice::name).collect(Collectors.joining(", ")));
        }
        return HardwareMessage.of(BUNDLE, "bluetooth.terminals",
                terminals.stream().map(t -> t.name() + " (" + t.rfcommBind() + ")").collect(Collectors.joining(", ")));
    }

    private static String detail(BluetoothAvailability found) {
        return switch (found) {
            case BluetoothAvailability.Paired paired -> paired.terminals().stream().map(SerialPortDevice::url)
                    .collect(Collectors.joining(", ", " [", "]"));
            case BluetoothAvailability.NoAdapter none -> " (" + none.detail() + ")";
            case BluetoothAvailability.LibraryMissing missing -> " (" + missing.detail() + ")";
        };
    }
}
