package mx.michangarrito.hardware.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason;
import mx.michangarrito.hardware.text.HardwareMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceUriMessagesTest {

    private static final Set<String> KEYS =
            Arrays.stream(Reason.values()).map(Reason::messageKey).collect(Collectors.toSet());

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void bundleHasATextForEveryReasonAndNothingElse(String file) throws IOException {
        Properties texts = load(file);
        for (String key : KEYS) {
            assertFalse(texts.getProperty(key, "").isBlank(), file + " lacks " + key);
        }
        assertEquals(KEYS, texts.stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void spanishAndEnglishTextsAreFilledInAndDiffer(Reason reason) {
        HardwareMessage message = HardwareMessage.of(InvalidDeviceUriException.BUNDLE, reason.messageKey(), "X0", "X1");
        String spanish = message.spanish();
        String english = message.format(Locale.ENGLISH);
        for (String text : new String[] {spanish, english}) {
            assertNotEquals(reason.messageKey(), text);
            assertFalse(text.contains("{") || text.contains("}"), "unformatted placeholder in: " + text);
        }
        assertNotEquals(spanish, english);
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = InvalidDeviceUriException.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
