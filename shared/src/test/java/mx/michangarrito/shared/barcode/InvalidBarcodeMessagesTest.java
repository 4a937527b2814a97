package mx.michangarrito.shared.barcode;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason;
import mx.michangarrito.shared.text.UserMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidBarcodeMessagesTest {

    /** Each file on its own, so a key missing in English is not hidden by the Spanish parent bundle. */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyReasonHasATextInTheBundle(String file) throws IOException {
        Properties texts = load(file);

        assertAll(Arrays.stream(Reason.values()).map(reason -> () ->
                assertFalse(texts.getProperty(reason.key(), "").isBlank(), reason.key() + " in " + file)));
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").keySet(), load("messages_en.properties").keySet());
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonReadsDifferentlyInSpanishAndEnglishAndShowsTheCode(Reason reason) {
        UserMessage message = new InvalidBarcodeException(reason, "7501234", "detail").userMessage();

        String spanish = message.spanish();
        String english = message.format(Locale.ENGLISH);

        assertNotEquals(reason.key(), spanish);
        assertNotEquals(reason.key(), english);
        assertNotEquals(spanish, english);
        assertFalse(spanish.contains("{") || english.contains("{"), spanish + " / " + english);
        if (reason != Reason.EMPTY) {
            assertTrue(spanish.contains("7501234") && english.contains("7501234"), spanish + " / " + english);
        }
    }

    @Test
    void badLengthTellsTheCashierInSpanishAndTheLogInEnglish() {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class, () -> Gtin.parse("7501234"));

        assertEquals(InvalidBarcodeException.BUNDLE, e.userMessage().bundle());
        String spanish = e.userMessage().spanish();
        String english = e.userMessage().format(Locale.ENGLISH);
        assertTrue(spanish.startsWith("El código 7501234 no tiene una longitud válida (7 dígitos)"), spanish);
        assertTrue(english.startsWith("The code 7501234 does not have a valid length (7 digits)"), english);
        assertEquals("Barcode 7501234 has 7 digits; a GTIN has 8, 12, 13 or 14", e.getMessage());
    }

    @Test
    void badCheckDigitLogSaysWhichDigitWasExpected() {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class, () -> Gtin.parse("4006381333932"));

        assertEquals("Barcode 4006381333932 has a wrong check digit: EAN_13 expects 1", e.getMessage());
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = InvalidBarcodeMessagesTest.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is on the classpath");
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
