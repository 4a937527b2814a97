package mx.michangarrito.pos.ui.devices;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.ui.Texts;
import org.junit.jupiter.api.Test;

/** The ticket layout's sample sale speaks the counter's language, items and cashier included. */
class SampleTicketTest {

    private static final ReceiptSettings SHOP = new ReceiptSettings("Abarrotes Lupita", "", "", "", "",
            ZoneId.of("America/Mexico_City"), true);
    private static final Instant AT = Instant.parse("2026-12-04T18:00:00Z");

    @Test
    void theSampleSaleIsInSpanishOrInEnglish() {
        String spanish = new SampleTicket(Texts.spanish()).text(SHOP, 80, AT);
        assertTrue(spanish.contains("Refresco de cola 600 ml") && spanish.contains("Jitomate saladet")
                && spanish.contains("Cajero de ejemplo"), spanish);
        String english = new SampleTicket(new Texts(Locale.ENGLISH)).text(SHOP, 58, AT);
        assertTrue(english.contains("Cola soda 600 ml") && english.contains("Roma tomatoes")
                && english.contains("Sample cashier"), english);
        assertFalse(english.contains("Refresco") || english.contains("Jitomate"), english);
    }
}
