package mx.michangarrito.hardware.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HardwareMessageTest {

    private static final String BUNDLE = "mx.michangarrito.hardware.text.test-messages";

    @Test
    void spanishIsTheDefaultText() {
        assertEquals("Hola, Ana. Báscula lista.", HardwareMessage.of(BUNDLE, "greeting", "Ana").spanish());
    }

    @Test
    void formatPicksTheReadersLanguage() {
        assertEquals("Hello, Ana. Scale ready.", HardwareMessage.of(BUNDLE, "greeting", "Ana").format(Locale.UK));
    }

    @Test
    void aLanguageWithoutTextsFallsBackToSpanishNotTheJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Hola, Ana. Báscula lista.", HardwareMessage.of(BUNDLE, "greeting", "Ana").format(Locale.GERMAN));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyOrBundleShowsTheKey() {
        assertEquals("nope", HardwareMessage.of(BUNDLE, "nope").spanish());
        assertEquals("greeting", HardwareMessage.of("no.such.bundle", "greeting").spanish());
    }

    @Test
    void argumentsAreCopiedAndImmutable() {
        List<Object> args = new ArrayList<>(List.of("Ana"));
        HardwareMessage message = new HardwareMessage(BUNDLE, "greeting", args);
        args.set(0, "Luis");
        assertEquals(List.of("Ana"), message.args());
        assertThrows(UnsupportedOperationException.class, () -> message.args().add("x"));
    }
}
