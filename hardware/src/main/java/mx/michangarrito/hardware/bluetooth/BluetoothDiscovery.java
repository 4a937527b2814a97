package mx.michangarrito.hardware.bluetooth;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.bluetooth.BluetoothStateException;
import javax.bluetooth.DiscoveryAgent;
import javax.bluetooth.LocalDevice;
import javax.bluetooth.RemoteDevice;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * Lists the Bluetooth devices paired with this computer through BlueCove (JSR-82), so the owner can
 * pick the card terminal. A machine without an adapter or without BlueZ's library gets a clear state,
 * not an exception, and every state points to the serial route: the terminal's RFCOMM port as the OS
 * exposes it ({@code serial:/dev/rfcomm0} after {@code rfcomm bind} on Linux, the Bluetooth COM port on
 * Windows), which {@link mx.michangarrito.hardware.payment.ConcertTerminal} opens like any serial port.
 */
public final class BluetoothDiscovery {

    private static final System.Logger LOG = System.getLogger(BluetoothDiscovery.class.getName());
    static final String BUNDLE = "mx.michangarrito.hardware.bluetooth.messages";

    /** A discovery; it looks only when asked. */
    public BluetoothDiscovery() {
    }

    /**
     * Looks at the local adapter and its paired devices now.
     *
     * @return paired devices, no adapter, or library missing
     */
    public BluetoothAvailability pairedDevices() {
        BluetoothAvailability found = look();
        LOG.log(found instanceof BluetoothAvailability.Paired ? Level.INFO : Level.WARNING,
                () -> "Bluetooth: " + found.message().format(Locale.ENGLISH) + detail(found));
        return found;
    }

    private static BluetoothAvailability look() {
        try {
            LocalDevice local = LocalDevice.getLocalDevice();
            RemoteDevice[] known = local.getDiscoveryAgent().retrieveDevices(DiscoveryAgent.PREKNOWN);
            List<PairedDevice> devices = new ArrayList<>();
            for (RemoteDevice device : known == null ? new RemoteDevice[0] : known) {
                devices.add(new PairedDevice(friendlyName(device), device.getBluetoothAddress()));
            }
            String names = devices.stream().map(PairedDevice::name).collect(Collectors.joining(", "));
            return new BluetoothAvailability.Paired(devices, devices.isEmpty()
                    ? HardwareMessage.of(BUNDLE, "bluetooth.nonePaired")
                    : HardwareMessage.of(BUNDLE, "bluetooth.paired", names));
        } catch (BluetoothStateException e) {
            return new BluetoothAvailability.NoAdapter(HardwareMessage.of(BUNDLE, "bluetooth.noAdapter"), e.toString());
        } catch (LinkageError | RuntimeException e) {
            // BlueCove reports a missing libbluetooth as an UnsatisfiedLinkError or wrapped in a RuntimeException
            return new BluetoothAvailability.LibraryMissing(HardwareMessage.of(BUNDLE, "bluetooth.libraryMissing"),
                    e.toString());
        }
    }

    private static String friendlyName(RemoteDevice device) {
        try {
            String name = device.getFriendlyName(false);
            return name == null || name.isBlank() ? device.getBluetoothAddress() : name;
        } catch (IOException e) {
            return device.getBluetoothAddress();
        }
    }

    private static String detail(BluetoothAvailability found) {
        return switch (found) {
            case BluetoothAvailability.Paired paired -> "";
            case BluetoothAvailability.NoAdapter none -> " (" + none.detail() + ")";
            case BluetoothAvailability.LibraryMissing missing -> " (" + missing.detail() + ")";
        };
    }
}
