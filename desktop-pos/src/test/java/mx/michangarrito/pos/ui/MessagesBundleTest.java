package mx.michangarrito.pos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every screen text exists in Spanish and in English, and each pattern formats without losing characters. */
class MessagesBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = MessagesBundleTest.class.getResourceAsStream("/mx/michangarrito/pos/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void spanishIsTheDefaultAndEnglishIsEnglish() {
        assertEquals("Buscar", Texts.spanish().get("key.search"));
        assertEquals("Search", new Texts(Locale.ENGLISH).get("key.search"));
        assertEquals("Venta CAJA1-7 guardada. Cambio: $12.50",
                Texts.spanish().get("sale.completed", "CAJA1-7", "$12.50"));
    }

    @Test
    void noTextLosesAnApostropheOrBraceWhenFormatted() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                if (!p.getProperty(key).contains("{")) {
                    continue; // Texts runs only patterns with arguments through MessageFormat
                }
                String pattern = p.getProperty(key);
                Object[] args = {"A", "B", "C", "D", "E", "F"};
                for (int i = 0; i < args.length; i++) { // counts (plural choices) take numbers
                    if (pattern.contains("{" + i + ",choice") || pattern.contains("{" + i + ",number")) {
                        args[i] = 2L;
                    }
                }
                String formatted = new java.text.MessageFormat(pattern).format(args);
                assertFalse(formatted.contains("{"), file + " " + key);
                assertEquals(p.getProperty(key).chars().filter(c -> c == '\'').count(),
                        formatted.chars().filter(c -> c == '\'').count(), file + " " + key);
            }
        }
    }
}
