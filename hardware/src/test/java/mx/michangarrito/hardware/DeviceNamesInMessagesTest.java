package mx.michangarrito.hardware;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.ResourceBundle;
import mx.michangarrito.hardware.text.HardwareMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A device's name is whatever the app calls it (one word, in no particular language), so no message a person
 * reads puts it in a sentence: each message names the kind of device in the reader's language instead. Before,
 * the English counter read 'The scanner "escáner" was disconnected'.
 */
class DeviceNamesInMessagesTest {

    private static final String NAME = "device-name-7";

    @ParameterizedTest
    @ValueSource(strings = {"mx.michangarrito.hardware.scanner.messages", "mx.michangarrito.hardware.scale.messages",
        "mx.michangarrito.hardware.payment.messages", "mx.michangarrito.hardware.printer.messages",
        "mx.michangarrito.hardware.display.messages", "mx.michangarrito.hardware.device.lifecycle"})
    void noMessageAboutADeviceShowsTheNameTheAppGaveIt(String bundle) {
        for (Locale locale : new Locale[] {HardwareMessage.ES_MX, Locale.ENGLISH}) {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : texts.keySet()) {
                if (key.equals("camera.found")) {
                    continue; // lists the cameras the system found, by their own names: not a device of ours
                }
                String text = HardwareMessage.of(bundle, key, NAME, "sim:", "X1", "X2").format(locale);
                assertFalse(text.contains(NAME), locale + " " + key + ": " + text);
            }
        }
    }
}
