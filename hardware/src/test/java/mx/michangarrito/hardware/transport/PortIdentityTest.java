package mx.michangarrito.hardware.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a port present now is the device a driver opened before. */
class PortIdentityTest {

    private static final PortIdentity SCANNER = new PortIdentity(0x0c2e, 0x0b61, Optional.of("21045B0123"),
            Optional.empty());

    @Test
    void theSameVendorProductAndSerialNumberIsTheSameDevice() {
        assertTrue(SCANNER.sameDeviceAs(new PortIdentity(0x0c2e, 0x0b61, Optional.of(" 21045B0123 "), Optional.empty())));
        assertFalse(SCANNER.sameDeviceAs(new PortIdentity(0x0c2e, 0x0b61, Optional.of("21045B0124"), Optional.empty())));
        assertFalse(SCANNER.sameDeviceAs(new PortIdentity(0x0c2e, 0x0b62, Optional.of("21045B0123"), Optional.empty())));
    }

    @Test
    void theSameByIdLinkIsTheSameDevice() {
        String link = "/dev/serial/by-id/usb-Honeywell_Scanner_21045B0123-if00";
        PortIdentity known = new PortIdentity(-1, -1, Optional.empty(), Optional.of(link));

        assertTrue(known.distinctive());
        assertTrue(known.sameDeviceAs(new PortIdentity(0x0c2e, 0x0b61, Optional.empty(), Optional.of(link))));
        assertFalse(known.sameDeviceAs(new PortIdentity(-1, -1, Optional.empty(), Optional.of(link + "x"))));
    }

    @Test
    void withoutSerialNumberOrByIdLinkTwoIdenticalDevicesCannotBeToldApart() {
        PortIdentity noSerial = new PortIdentity(0x0c2e, 0x0b61, Optional.of("Unknown"), Optional.of(" "));

        assertEquals(Optional.empty(), noSerial.serialNumber());
        assertFalse(noSerial.distinctive());
        assertFalse(noSerial.sameDeviceAs(noSerial));
        assertFalse(new PortIdentity(-1, -1, Optional.empty(), Optional.empty()).distinctive());
    }
}
