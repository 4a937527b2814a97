package mx.michangarrito.hardware.bluetooth;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real adapter with a paired card terminal, skipped by default (tag {@code hardware}). Run with
 * {@code ./mvnw -o -pl hardware -am test -Dhardware.excludedGroups=none -Dtest=RealBluetoothTest
 * -Dsurefire.failIfNoSpecifiedTests=false} on a machine whose adapter is on and has the terminal paired.
 */
@Tag("hardware")
class RealBluetoothTest {

    @Test
    void aPairedTerminalIsOfferedWithItsSerialPortUrl() {
        BluetoothAvailability found = new BluetoothDiscovery().pairedDevices();

        BluetoothAvailability.Paired paired = assertInstanceOf(BluetoothAvailability.Paired.class, found,
                found.message().spanish());
        assertTrue(!paired.terminals().isEmpty(), paired.message().spanish());
        for (SerialPortDevice terminal : paired.terminals()) {
            assertTrue(terminal.url().startsWith("btspp://"), terminal.url());
            assertTrue(terminal.channel() > 0, terminal.url());
        }
    }
}
