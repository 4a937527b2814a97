package mx.michangarrito.hardware.bluetooth;

import java.util.List;
import java.util.Objects;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * What Bluetooth discovery found. Every answer is a state to show in settings, each with the way to
 * connect a terminal: the serial route (USB, RS-232, or the RFCOMM serial port the OS makes for a paired
 * device) always works.
 */
public sealed interface BluetoothAvailability {

    /**
     * What to tell the owner, including the serial route.
     *
     * @return the message
     */
    HardwareMessage message();

    /**
     * An adapter works; these devices are paired. Only those offering the Serial Port Profile are card
     * terminal candidates.
     *
     * @param terminals         paired devices offering SPP, each with its connection URL and channel
     * @param withoutSerialPort paired devices that answered that they offer no SPP service
     * @param unanswered        paired devices whose service search failed or timed out (off, out of range)
     * @param message           what to tell the owner, including how to expose a terminal as a serial port
     */
    record Paired(List<SerialPortDevice> terminals, List<PairedDevice> withoutSerialPort, List<PairedDevice> unanswered,
            HardwareMessage message) implements BluetoothAvailability {
        /** Copies the lists. */
        public Paired {
            terminals = List.copyOf(terminals);
            withoutSerialPort = List.copyOf(withoutSerialPort);
            unanswered = List.copyOf(unanswered);
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The Bluetooth library works but this computer has no adapter, or it is off.
     *
     * @param message what to tell the owner
     * @param detail  the technical cause, for the log
     */
    record NoAdapter(HardwareMessage message, String detail) implements BluetoothAvailability {
        /** Checks the parts. */
        public NoAdapter {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The system's Bluetooth library is missing (on Linux: BlueZ's {@code libbluetooth}).
     *
     * @param message what to tell the owner
     * @param detail  the technical cause, for the log
     */
    record LibraryMissing(HardwareMessage message, String detail) implements BluetoothAvailability {
        /** Checks the parts. */
        public LibraryMissing {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
