package mx.michangarrito.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import mx.michangarrito.hardware.text.HardwareMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ScannerMessagesTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() {
        assertEquals(bundle(HardwareMessage.ES_MX).keySet(), bundle(Locale.ENGLISH).keySet());
    }

    @ParameterizedTest
    @EnumSource(ScanFrame.Reason.class)
    void everyRejectionReasonHasAText(ScanFrame.Reason reason) {
        HardwareMessage message = ScannerMessages.of(reason.key(), "escáner", "serial:COM4", "7501");

        assertFalse(message.spanish().equals(reason.key()), reason.key());
        assertNotEquals(message.spanish(), message.format(Locale.ENGLISH));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ScannerMessages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
