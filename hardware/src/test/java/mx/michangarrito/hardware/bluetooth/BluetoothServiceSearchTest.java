package mx.michangarrito.hardware.bluetooth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.bluetooth.BluetoothStateException;
import org.junit.jupiter.api.Test;

/**
 * Which paired devices discovery offers as card terminals, over an in-memory {@link BluetoothStack}
 * (CI has no adapter): only those whose Serial Port Profile search finds a service; a device that does
 * not answer in time is cancelled and left out, never waited on for ever.
 */
class BluetoothServiceSearchTest {

    private static final String SPP_URL = "btspp://0011223344AA:3;authenticate=false;encrypt=false;master=false";
    private static final PairedDevice TERMINAL = new PairedDevice("iCT250", "0011223344AA");
    private static final PairedDevice HEADSET = new PairedDevice("Audífonos", "0011223344BB");
    private static final PairedDevice ASLEEP = new PairedDevice("Move5000", "0011223344CC");
    private static final PairedDevice BROKEN = new PairedDevice("Teléfono", "0011223344DD");

    /** Answers each device's search as the test scripts it, on another thread like a real stack. */
    private static class ScriptedStack implements BluetoothStack {
        private final List<PairedDevice> paired;
        private final Map<String, Consumer<Listener>> answers = new HashMap<>();
        final List<String> cancelled = new ArrayList<>();

        ScriptedStack(PairedDevice... paired) {
            this.paired = List.of(paired);
        }

        ScriptedStack answer(PairedDevice device, Consumer<Listener> answer) {
            answers.put(device.address(), answer);
            return this;
        }

        @Override
        public List<PairedDevice> pairedDevices() throws IOException {
            return paired;
        }

        @Override
        public Search searchSerialPort(String address, Listener listener) throws IOException {
            Consumer<Listener> answer = answers.get(address);
            if (answer == null) {
                throw new IOException("service search refused for " + address);
            }
            Thread.ofPlatform().daemon().start(() -> answer.accept(listener));
            return () -> cancelled.add(address);
        }
    }

    private static BluetoothAvailability.Paired discover(BluetoothStack stack) {
        return assertInstanceOf(BluetoothAvailability.Paired.class,
                new BluetoothDiscovery(stack, Duration.ofMillis(300)).pairedDevices());
    }

    @Test
    void onlyDevicesOfferingTheSerialPortAreTerminalCandidates() {
        ScriptedStack stack = new ScriptedStack(TERMINAL, HEADSET, ASLEEP, BROKEN)
                .answer(TERMINAL, listener -> {
                    listener.found(SPP_URL);
                    listener.ended(BluetoothStack.End.COMPLETED);
                })
                .answer(HEADSET, listener -> listener.ended(BluetoothStack.End.NO_RECORDS))
                .answer(ASLEEP, listener -> listener.ended(BluetoothStack.End.NOT_REACHABLE));

        BluetoothAvailability.Paired found = discover(stack);

        assertEquals(List.of(new SerialPortDevice("iCT250", "0011223344AA", SPP_URL, 3)), found.terminals());
        assertEquals(List.of(HEADSET), found.withoutSerialPort());
        assertEquals(List.of(ASLEEP, BROKEN), found.unanswered());
        String spanish = found.message().spanish();
        assertTrue(spanish.contains("iCT250 (sudo rfcomm bind 0 00:11:22:33:44:AA 3)"), spanish);
        assertTrue(spanish.contains("serial:/dev/rfcomm0") && spanish.contains("COM"), spanish);
        assertTrue(found.message().format(Locale.ENGLISH).contains("rfcomm bind 0 00:11:22:33:44:AA 3"));
    }

    @Test
    void aDeviceThatNeverAnswersIsCancelledAfterTheTimeLimitAndTheOthersAreStillSearched() {
        ScriptedStack stack = new ScriptedStack(ASLEEP, TERMINAL)
                .answer(ASLEEP, listener -> {
                    // a stack that never calls back
                })
                .answer(TERMINAL, listener -> {
                    listener.found(SPP_URL);
                    listener.ended(BluetoothStack.End.COMPLETED);
                });

        BluetoothAvailability.Paired found = discover(stack);

        assertEquals(List.of(ASLEEP.address()), stack.cancelled);
        assertEquals(List.of(ASLEEP), found.unanswered());
        assertEquals("iCT250", found.terminals().getFirst().name());
    }

    @Test
    void pairedDevicesWithoutSerialPortSayWhatToDo() {
        BluetoothAvailability.Paired found = discover(new ScriptedStack(HEADSET)
                .answer(HEADSET, listener -> listener.ended(BluetoothStack.End.COMPLETED)));

        assertEquals(List.of(), found.terminals());
        assertEquals("bluetooth.noSerialPort", found.message().key());
        assertTrue(found.message().spanish().contains("Audífonos"), found.message().spanish());
        assertTrue(found.message().spanish().contains("serial:/dev/ttyACM0"), found.message().spanish());
    }

    @Test
    void noPairedDeviceIsItsOwnState() {
        BluetoothAvailability.Paired found = discover(new ScriptedStack());

        assertEquals("bluetooth.nonePaired", found.message().key());
    }

    @Test
    void noAdapterAndAMissingLibraryStayStatesNotExceptions() {
        BluetoothStack noAdapter = new ScriptedStack() {
            @Override
            public List<PairedDevice> pairedDevices() throws IOException {
                throw new BluetoothStateException("BluetoothStack not detected");
            }
        };
        BluetoothStack noLibrary = new ScriptedStack() {
            @Override
            public List<PairedDevice> pairedDevices() {
                throw new UnsatisfiedLinkError("libbluetooth.so.3: cannot open shared object file");
            }
        };

        assertInstanceOf(BluetoothAvailability.NoAdapter.class,
                new BluetoothDiscovery(noAdapter, Duration.ofMillis(300)).pairedDevices());
        BluetoothAvailability.LibraryMissing missing = assertInstanceOf(BluetoothAvailability.LibraryMissing.class,
                new BluetoothDiscovery(noLibrary, Duration.ofMillis(300)).pairedDevices());
        assertTrue(missing.detail().contains("libbluetooth"), missing.detail());
    }

    @Test
    void theChannelComesFromTheConnectionUrl() {
        assertEquals(3, SerialPortDevice.of(TERMINAL, SPP_URL).channel());
        assertEquals(-1, SerialPortDevice.of(TERMINAL, "btspp://0011223344AA;authenticate=false").channel());
        assertEquals("sudo rfcomm bind 0 00:11:22:33:44:AA",
                SerialPortDevice.of(TERMINAL, "btspp://0011223344AA;authenticate=false").rfcommBind());
    }
}
