package mx.michangarrito.shared.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import org.junit.jupiter.api.Test;

import static mx.michangarrito.shared.sync.WireFormatTest.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pull's records: every kind of cloud change round-trips, and its JSON names its kind. */
class PullFormatTest {

    static List<CloudChange> samples() {
        return List.of(SampleEvents.product(SampleEvents.id(5)),
                new BarcodeState("07501055300075", SampleEvents.id(5)),
                new CategoryState(SampleEvents.id(17), "Refrescos"),
                new CustomerState(SampleEvents.id(4), "Doña Mary", "5512345678", 200_000, null, true),
                new UserState(SampleEvents.id(3), "Caro", "CASHIER", "$2a$10$abcdefghijklmnopqrstuv", true),
                new SettingState("shop.ticket_footer", "Gracias por su compra"),
                new Tombstone(BarcodeState.KIND, "REF600"));
    }

    @Test
    void everyKindRoundTripsInAPullAnswerAndASnapshotPage() throws Exception {
        List<PulledChange> changes = new java.util.ArrayList<>();
        long seq = 40;
        Set<String> kinds = new HashSet<>();
        Set<Class<?>> classes = new HashSet<>();
        for (CloudChange c : samples()) {
            changes.add(new PulledChange(seq++, SampleEvents.AT, c));
            JsonNode node = JSON.readTree(JSON.writeValueAsString(c));
            assertTrue(kinds.add(node.get("kind").asText()), node.toString());
            assertFalse(node.has("entity") || node.has("key"), "derived members stay off the wire: " + node);
            classes.add(c.getClass());
        }
        assertEquals(Set.of(CloudChange.class.getPermittedSubclasses()), classes);
        var pull = new PullResponse(changes, seq - 1, true, false);
        assertEquals(pull, JSON.readValue(JSON.writeValueAsString(pull), PullResponse.class));
        var page = new SnapshotPage(99, 1234, changes, seq - 1, false);
        assertEquals(page, JSON.readValue(JSON.writeValueAsString(page), SnapshotPage.class));
    }

    @Test
    void aTombstoneNamesWhatItRemoves() {
        var t = new Tombstone(BarcodeState.KIND, "REF600");
        assertEquals("barcode", t.entity());
        assertEquals("REF600", t.key());
        assertEquals("product", SampleEvents.product(SampleEvents.id(5)).entity());
    }

    @Test
    void aPinHashIsNeverPrintedAndAnUnknownKindIsRefused() {
        var user = new UserState(SampleEvents.id(3), "Caro", "CASHIER", "$2a$10$secretsecret", true);
        assertFalse(user.toString().contains("secret"), user.toString());
        assertThrows(InvalidTypeIdException.class, () -> JSON.readValue("{\"kind\":\"coupon\"}", CloudChange.class));
    }
}
