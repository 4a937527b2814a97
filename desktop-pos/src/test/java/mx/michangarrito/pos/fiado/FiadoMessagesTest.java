package mx.michangarrito.pos.fiado;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.text.UserMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FiadoMessagesTest {

    @ParameterizedTest
    @EnumSource(FiadoException.Reason.class)
    void everyReasonHasSpanishAndEnglishText(FiadoException.Reason reason) {
        UserMessage message = UserMessage.of(FiadoException.BUNDLE, reason.key(), "Juan", "$1.00", "$2.00", "$3.00");
        String spanish = message.spanish();
        String english = message.format(Locale.ENGLISH);
        assertNotEquals(reason.key(), spanish);
        assertNotEquals(reason.key(), english);
        assertNotEquals(spanish, english);
    }

    @Test
    void bundlesHaveTheSameKeys() {
        ResourceBundle es = ResourceBundle.getBundle(FiadoException.BUNDLE, UserMessage.ES_MX);
        ResourceBundle en = ResourceBundle.getBundle(FiadoException.BUNDLE, Locale.ENGLISH);
        assertEquals(es.keySet(), en.keySet());
    }

    @Test
    void theOverLimitMessageSaysHowMuchCreditIsLeft() {
        Customer juan = new Customer(UUID.randomUUID(), CustomerDraft.of("Juan", Money.ofPesos(500)), Instant.EPOCH);
        FiadoException e = FiadoException.overLimit(juan, Money.ofPesos(350), Money.ofPesos(200));
        assertEquals("A Juan solo le quedan $150.00 de crédito (su límite es $500.00) y esta cuenta es de $200.00."
                + " Cobra de otra forma o pide a un encargado que autorice el fiado.", e.userMessage().spanish());
        assertEquals("Juan has only $150.00 of credit left (limit $500.00) and this bill is $200.00."
                + " Take another form of payment or ask a manager to authorise the credit.",
                e.userMessage().format(Locale.ENGLISH));
    }

    @Test
    void apostrophesSurviveMessageFormat() {
        Customer juan = new Customer(UUID.randomUUID(), CustomerDraft.of("Juan", Money.ZERO), Instant.EPOCH);
        assertEquals("Juan's account is deactivated: no credit for them. They can still pay; to give them credit again, "
                + "reactivate the account under Customers (F8).",
                FiadoException.inactive(juan).userMessage().format(Locale.ENGLISH));
    }
}
