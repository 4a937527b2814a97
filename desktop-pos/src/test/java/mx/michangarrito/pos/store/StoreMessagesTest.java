package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import mx.michangarrito.shared.text.UserMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoreMessagesTest {

    @ParameterizedTest
    @EnumSource(StoreException.Reason.class)
    void everyReasonHasSpanishAndEnglishText(StoreException.Reason reason) {
        UserMessage message = UserMessage.of(StoreException.BUNDLE, reason.key(), "/datos");
        assertNotEquals(reason.key(), message.spanish());
        assertNotEquals(reason.key(), message.format(Locale.ENGLISH));
        assertNotEquals(message.spanish(), message.format(Locale.ENGLISH));
    }
}
