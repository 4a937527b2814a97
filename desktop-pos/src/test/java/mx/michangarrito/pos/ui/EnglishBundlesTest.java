package mx.michangarrito.pos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every English message is English: no Spanish device word or phrase slipped into an {@code _en} bundle of
 * the counter or of the hardware it drives (the words are whole words, so "supervisor" is not "visor").
 */
class EnglishBundlesTest {

    private static final Pattern SPANISH = Pattern.compile("(?iu)(?<!\\p{L})(escáner|escaner|báscula|bascula|impresora"
            + "|cajón|cajon|visor|por favor|no se pudo|revisa|vuelve a|guardad[oa]|está|están|también|dirección"
            + "|contraseña|tarjeta|efectivo)(?!\\p{L})");

    @ParameterizedTest
    @ValueSource(strings = {"mx/michangarrito/pos/ui/messages", "mx/michangarrito/pos/catalog/messages",
        "mx/michangarrito/pos/fiado/messages", "mx/michangarrito/pos/receipt/messages",
        "mx/michangarrito/pos/cash/messages", "mx/michangarrito/pos/user/messages",
        "mx/michangarrito/pos/report/messages", "mx/michangarrito/pos/sync/messages",
        "mx/michangarrito/pos/store/messages", "mx/michangarrito/pos/backup/messages",
        "mx/michangarrito/pos/stock/messages", "mx/michangarrito/pos/sale/messages",
        "mx/michangarrito/hardware/bluetooth/messages", "mx/michangarrito/hardware/printer/messages",
        "mx/michangarrito/hardware/display/messages", "mx/michangarrito/hardware/scale/messages",
        "mx/michangarrito/hardware/payment/messages", "mx/michangarrito/hardware/scanner/messages",
        "mx/michangarrito/hardware/output/messages", "mx/michangarrito/hardware/device/messages",
        "mx/michangarrito/hardware/device/lifecycle", "mx/michangarrito/hardware/device/kinds"})
    void noEnglishMessageHoldsASpanishWord(String bundle) throws IOException {
        Properties english = load(bundle + "_en.properties");
        TreeMap<String, String> spanishInEnglish = new TreeMap<>();
        english.stringPropertyNames().forEach(key -> {
            if (SPANISH.matcher(english.getProperty(key)).find()) {
                spanishInEnglish.put(key, english.getProperty(key));
            }
        });
        assertEquals(new TreeMap<>(), spanishInEnglish);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mx/michangarrito/hardware/device/kinds", "mx/michangarrito/pos/ui/messages"})
    void theCheckSeesTheSpanishWordsInTheSpanishBundle(String bundle) throws IOException {
        Properties spanish = load(bundle + ".properties");
        List<String> found = spanish.stringPropertyNames().stream()
                .filter(key -> SPANISH.matcher(spanish.getProperty(key)).find()).toList();
        assertFalse(found.isEmpty(), "the pattern finds Spanish where it is");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EnglishBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
