package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import mx.michangarrito.shared.text.UserMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogMessagesTest {

    @ParameterizedTest
    @EnumSource(CatalogException.Reason.class)
    void everyReasonHasSpanishAndEnglishText(CatalogException.Reason reason) {
        String spanish = UserMessage.of(CatalogException.BUNDLE, reason.key(), "x", "y").spanish();
        String english = UserMessage.of(CatalogException.BUNDLE, reason.key(), "x", "y").format(Locale.ENGLISH);
        assertNotEquals(reason.key(), spanish);
        assertNotEquals(reason.key(), english);
        assertNotEquals(spanish, english);
    }

    @Test
    void bundlesHaveTheSameKeys() {
        ResourceBundle es = ResourceBundle.getBundle(CatalogException.BUNDLE, UserMessage.ES_MX);
        ResourceBundle en = ResourceBundle.getBundle(CatalogException.BUNDLE, Locale.ENGLISH);
        assertTrue(es.keySet().equals(en.keySet()));
    }
}
