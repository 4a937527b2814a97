package mx.michangarrito.pos.user;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import mx.michangarrito.pos.user.UserException.Reason;
import mx.michangarrito.shared.text.UserMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserExceptionMessagesTest {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

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
    void everyReasonReadsDifferentlyInSpanishAndEnglishWithItsArgumentsFilledIn(Reason reason) {
        UserException e = example(reason);
        UserMessage message = e.userMessage();

        String spanish = message.spanish();
        String english = message.format(Locale.ENGLISH);

        assertEquals(reason, e.reason());
        assertNotEquals(reason.key(), spanish);
        assertNotEquals(reason.key(), english);
        assertNotEquals(spanish, english);
        assertFalse(spanish.contains("{") || english.contains("{"), spanish + " / " + english);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-14T16:05:30Z, America/Mexico_City, 10:06",
        "2026-03-14T16:05:00Z, America/Mexico_City, 10:05",
        "2026-03-15T05:59:10Z, America/Mexico_City, 00:00",
        "2026-07-01T19:05:30Z, America/Tijuana,     12:06",
    })
    void aLockShowsTheShopsWallClockMinuteWhenItIsSurelyOver(Instant until, ZoneId zone, String shown) {
        String spanish = UserException.locked(until, zone).userMessage().spanish();

        assertTrue(spanish.endsWith("Intenta de nuevo a las " + shown + "."), spanish);
    }

    private static UserException example(Reason reason) {
        return switch (reason) {
            case WRONG_PIN -> UserException.wrongPin(3, 5);
            case LOCKED -> UserException.locked(Instant.parse("2026-03-14T16:05:30Z"), MEXICO_CITY);
            case INVALID_PIN_FORMAT -> UserException.invalidPinFormat();
            case INVALID_NAME -> UserException.invalidName(60);
            case NAME_TAKEN -> UserException.nameTaken("Pepe");
            case NOT_ALLOWED -> UserException.notAllowed(Role.MANAGER);
            case INACTIVE -> UserException.inactive("Pepe");
            case UNKNOWN_USER -> UserException.unknownUser(UUID.randomUUID());
            case FIRST_USER_MUST_BE_OWNER -> UserException.firstUserMustBeOwner();
            case LAST_ACTIVE_OWNER -> UserException.lastActiveOwner("Lupita");
            case LAST_OWNER_ROLE -> UserException.lastOwnerRole("Lupita");
        };
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = UserExceptionMessagesTest.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is on the classpath");
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
