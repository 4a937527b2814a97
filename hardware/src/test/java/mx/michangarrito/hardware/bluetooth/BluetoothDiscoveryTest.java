package mx.michangarrito.hardware.bluetooth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import mx.michangarrito.hardware.text.HardwareMessage;
import org.junit.jupiter.api.Test;

/**
 * BlueCove on a machine with BlueZ's library ({@code libbluetooth-dev}, installed by .ci/run) and no
 * Bluetooth adapter, as on CI: a clear "no adapter" state that offers the serial route.
 */
class BluetoothDiscoveryTest {

    @Test
    void aMachineWithoutAnAdapterSaysSoAndOffersTheSerialRoute() {
        BluetoothAvailability found = new BluetoothDiscovery().pairedDevices();

        BluetoothAvailability.NoAdapter none = assertInstanceOf(BluetoothAvailability.NoAdapter.class, found, found.toString());
        assertTrue(none.detail().contains("BluetoothStateException"), none.detail());
        assertTrue(none.message().spanish().contains("serial:/dev/ttyACM0"), none.message().spanish());
        assertNotEquals(none.message().spanish(), none.message().format(Locale.ENGLISH));
    }

    @Test
    void everyStateHasSpanishAndEnglishText() {
        ResourceBundle spanish = bundle(HardwareMessage.ES_MX);
        ResourceBundle english = bundle(Locale.ENGLISH);

        assertEquals(spanish.keySet(), english.keySet());
        assertEquals(5, spanish.keySet().size());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BluetoothDiscovery.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
