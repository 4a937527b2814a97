package mx.michangarrito.pos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.InvalidDeviceUriException;
import org.junit.jupiter.api.Test;

/** Failures are told in the counter's language; technical texts never reach the screen. */
class TextsErrorTest {

    private static InvalidDeviceUriException badAddress() {
        try {
            DeviceUri.parse("serial:/dev/ttyUSB0?baud=nueve");
            throw new AssertionError("the address was accepted");
        } catch (InvalidDeviceUriException e) {
            return e;
        }
    }

    @Test
    void aDeviceAddressErrorIsToldInTheCountersLanguage() {
        InvalidDeviceUriException e = badAddress();
        String spanish = Texts.spanish().error(e);
        assertEquals(e.userMessage().format(Locale.of("es", "MX")), spanish);
        assertTrue(!spanish.equals(e.getMessage()), "not the driver's English text: " + spanish);
        assertEquals(e.userMessage().format(Locale.ENGLISH), new Texts(Locale.ENGLISH).error(e));
    }

    @Test
    void anythingElseIsTheGeneralNothingWasLostText() {
        assertTrue(Texts.spanish().explained(new IllegalStateException("socket closed")).isEmpty());
        assertEquals(Texts.spanish().get("error.unexpected"), Texts.spanish().error(new IllegalStateException("x")));
    }
}
