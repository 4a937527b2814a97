package mx.michangarrito.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import mx.michangarrito.hardware.text.HardwareMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message of the input devices exists in Spanish and English, and formats with its arguments. */
class InputMessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"mx.michangarrito.hardware.scanner.messages", "mx.michangarrito.hardware.scale.messages",
        "mx.michangarrito.hardware.payment.messages", "mx.michangarrito.hardware.bluetooth.messages"})
    void spanishAndEnglishHaveTheSameKeysAndDifferentTexts(String bundle) {
        ResourceBundle spanish = load(bundle, HardwareMessage.ES_MX);
        ResourceBundle english = load(bundle, Locale.ENGLISH);

        assertEquals(spanish.keySet(), english.keySet());
        for (String key : spanish.keySet()) {
            HardwareMessage message = HardwareMessage.of(bundle, key, "dispositivo", "sim:", "X1");
            assertNotEquals(message.spanish(), message.format(Locale.ENGLISH), key);
            assertFalse(message.spanish().contains("{"), key + ": " + message.spanish());
        }
    }

    private static ResourceBundle load(String bundle, Locale locale) {
        return ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
