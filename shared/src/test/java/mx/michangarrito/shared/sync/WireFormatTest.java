package mx.michangarrito.shared.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wire records survive a Jackson round trip exactly, and the JSON shape is the agreed one. */
class WireFormatTest {

    /** Configured as both sides configure theirs. */
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @Test
    void everyEventTypeRoundTripsInAPushRequest() throws Exception {
        List<PushedEvent> events = new ArrayList<>();
        long seq = 1;
        for (TerminalEvent e : SampleEvents.all()) {
            events.add(new PushedEvent(seq++, SampleEvents.AT, e));
        }
        var request = new PushRequest(SyncSchema.CURRENT, SampleEvents.id(99), events);
        String text = JSON.writeValueAsString(request);
        assertEquals(request, JSON.readValue(text, PushRequest.class));
    }

    @Test
    void everyPermittedTypeHasASampleAndADistinctName() {
        Set<Class<?>> sampled = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (TerminalEvent e : SampleEvents.all()) {
            sampled.add(e.getClass());
            assertTrue(names.add(e.wireType()), "two types named " + e.wireType());
        }
        assertEquals(Set.of(TerminalEvent.class.getPermittedSubclasses()), sampled);
    }

    @Test
    void theTypePropertyNamesTheRecordAndMoneyIsIntegerCentavos() throws Exception {
        var stock = SampleEvents.all().stream().filter(StockMoved.class::isInstance).findFirst().orElseThrow();
        String text = JSON.writeValueAsString(new PushedEvent(7, SampleEvents.AT, stock));
        JsonNode node = JSON.readTree(text);
        assertEquals(7, node.get("sequence").asLong());
        assertEquals("2026-11-23T18:04:05.123456Z", node.get("recordedAt").asText());
        assertEquals("stock.moved", node.get("event").get("type").asText());
        assertTrue(text.contains("\"quantity\":-2.000,"), text);
        assertEquals("SALE", node.get("event").get("reason").asText());
        var opened = SampleEvents.all().stream().filter(ShiftOpened.class::isInstance).findFirst().orElseThrow();
        JsonNode money = JSON.readTree(JSON.writeValueAsString(opened)).get("openingFloat");
        assertEquals(50_000, money.get("centavos").asLong());
        assertTrue(money.get("centavos").isIntegralNumber());
        assertEquals(1, money.size(), "money is only its centavos: " + money);
    }

    @Test
    void anUnknownEventTypeIsRefused() {
        String json = """
                {"sequence":1,"recordedAt":"2026-11-23T18:04:05Z","event":{"type":"sale.teleported","eventId":"%s"}}
                """.formatted(UUID.randomUUID());
        assertThrows(InvalidTypeIdException.class, () -> JSON.readValue(json, PushedEvent.class));
    }

    @Test
    void anUnknownFieldIsRefused() {
        String json = """
                {"type":"shift.opened","eventId":"%s","cashierId":"%s","openingFloat":{"centavos":1},
                 "at":"2026-11-23T18:04:05Z","drawerColour":"red"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID());
        var e = assertThrows(UnrecognizedPropertyException.class, () -> JSON.readValue(json, TerminalEvent.class));
        assertEquals("drawerColour", e.getPropertyName());
    }

    @Test
    void theAnswersRoundTrip() throws Exception {
        var response = new PushResponse(List.of(EventResult.accepted(5, SampleEvents.id(1)),
                EventResult.duplicate(6, SampleEvents.id(2)),
                EventResult.rejected(7, SampleEvents.id(3), "stock.zero_quantity")), 6, List.of(new SequenceGap(8, 9)));
        assertEquals(response, JSON.readValue(JSON.writeValueAsString(response), PushResponse.class));
        var update = new UpdateRequired("https://michangarrito.mx/problems/" + UpdateRequired.CODE, "Actualiza",
                UpdateRequired.STATUS, UpdateRequired.CODE, "r-1", 0, 1, 1);
        assertEquals(update, JSON.readValue(JSON.writeValueAsString(update), UpdateRequired.class));
    }

    @Test
    void onlyRejectedEventsStayWithTheTerminal() {
        assertTrue(PushOutcome.ACCEPTED.settled());
        assertTrue(PushOutcome.DUPLICATE.settled());
        assertFalse(PushOutcome.REJECTED.settled());
    }

    @Test
    void aGapIsAnOrderedRangeFromOne() {
        assertEquals(2, new SequenceGap(8, 9).size());
        assertThrows(IllegalArgumentException.class, () -> new SequenceGap(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new SequenceGap(5, 4));
    }

    @Test
    void instantsKeepMicroseconds() throws Exception {
        Instant at = Instant.parse("2026-01-02T03:04:05.000001Z");
        var e = new ShiftOpened(SampleEvents.id(1), SampleEvents.id(2), mx.michangarrito.shared.money.Money.ZERO, at);
        assertEquals(at, ((ShiftOpened) JSON.readValue(JSON.writeValueAsString(e), TerminalEvent.class)).at());
    }

    @Test
    void aSaleOfSchemaVersionTwoWithoutLineIdsStillReads() throws Exception {
        var sale = (SaleCompleted) SampleEvents.all().getFirst();
        JsonNode node = JSON.readTree(JSON.writeValueAsString(new PushedEvent(1, SampleEvents.AT, sale)));
        node.get("event").get("lines").forEach(l -> ((com.fasterxml.jackson.databind.node.ObjectNode) l).remove("lineId"));
        var read = (SaleCompleted) JSON.treeToValue(node, PushedEvent.class).event();
        assertEquals(2, read.lines().size());
        assertTrue(read.lines().stream().allMatch(l -> l.lineId() == null));
        assertEquals(sale.lines().getFirst().productId(), read.lines().getFirst().productId());
        assertEquals(SampleEvents.id(10), sale.lines().getFirst().lineId());
    }
}
