package mx.michangarrito.cloud.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import mx.michangarrito.cloud.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document at {@code /openapi} names exactly the routes the server serves. */
class OpenApiDocumentTest extends ApiTest {

    private static final String SYNC = "mx.michangarrito.shared.sync.";
    /** Served by Helidon's observe feature, not by our routing. */
    private static final Set<String> FEATURE_ROUTES = Set.of("GET /observe/health");

    @Test
    void theDocumentListsExactlyTheServedRoutes() {
        JsonNode doc = api.get("/openapi", null).expect(200).json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));
        Set<String> served = new TreeSet<>(cloud.cloud().endpoints().registered());
        served.addAll(FEATURE_ROUTES);
        assertEquals(served, documented);
    }

    @Test
    void everyDocumentedRouteAnswersSomethingOtherThanNotFound() {
        JsonNode doc = api.get("/openapi", null).expect(200).json();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String concrete = path.getKey().replaceAll("\\{kind}", "llm").replaceAll("\\{[a-zA-Z]+}",
                    "01900000-0000-7000-8000-000000000000");
            var reply = api.send(op.getKey().toUpperCase(), concrete, null,
                    op.getKey().equals("get") || op.getKey().equals("delete") ? null : "{}", Map.of());
            boolean routed = reply.status() != 404 || reply.body().contains("\"code\":\"")
                    && !reply.body().contains("\"code\":\"not_found\"");
            assertTrue(routed, op.getKey() + " " + path.getKey() + " -> " + reply.status() + " " + reply.body());
        }));
    }

    @Test
    void everySchemaReferenceResolves() {
        JsonNode doc = api.get("/openapi", null).expect(200).json();
        List<String> missing = new ArrayList<>();
        collectRefs(doc, doc, missing);
        assertEquals(List.of(), missing);
    }

    /** Each documented schema has exactly the fields of the record the server reads or writes. */
    @Test
    void documentedSchemasHaveTheFieldsOfTheRecordsOnTheWire() throws ClassNotFoundException {
        JsonNode schemas = api.get("/openapi", null).expect(200).json().get("components").get("schemas");
        String cloud = "mx.michangarrito.cloud.";
        Map<String, String> records = Map.ofEntries(
                Map.entry("CodeRequest", cloud + "account.Requests$CodeRequest"),
                Map.entry("SignupRequest", cloud + "account.Requests$SignupRequest"),
                Map.entry("LoginRequest", cloud + "account.Requests$LoginRequest"),
                Map.entry("RefreshRequest", cloud + "account.Requests$RefreshRequest"),
                Map.entry("InviteRequest", cloud + "account.Requests$InviteRequest"),
                Map.entry("CodeSent", cloud + "account.Responses$CodeSent"),
                Map.entry("Me", cloud + "account.Responses$Me"),
                Map.entry("StaffMember", cloud + "account.Responses$StaffMember"),
                Map.entry("TokenResponse", cloud + "account.TokenResponse"),
                Map.entry("PairRequest", cloud + "terminal.TerminalService$PairRequest"),
                Map.entry("PairingCode", cloud + "terminal.TerminalService$PairingCode"),
                Map.entry("Paired", cloud + "terminal.TerminalService$Paired"),
                Map.entry("Terminal", cloud + "terminal.TerminalService$TerminalView"),
                Map.entry("IntegrationValues", cloud + "integration.IntegrationService$SetRequest"),
                Map.entry("IntegrationStatus", cloud + "integration.IntegrationService$IntegrationStatus"),
                Map.entry("PushRequest", SYNC + "PushRequest"),
                Map.entry("PushedEvent", SYNC + "PushedEvent"),
                Map.entry("PushResponse", SYNC + "PushResponse"),
                Map.entry("EventResult", SYNC + "EventResult"),
                Map.entry("SequenceGap", SYNC + "SequenceGap"),
                Map.entry("UpdateRequired", SYNC + "UpdateRequired"),
                Map.entry("DaySales", cloud + "report.Rows$DaySales"),
                Map.entry("HourSales", cloud + "report.Rows$HourSales"),
                Map.entry("TerminalSales", cloud + "report.Rows$TerminalSales"),
                Map.entry("CashierSales", cloud + "report.Rows$CashierSales"),
                Map.entry("ProductSales", cloud + "report.Rows$ProductSales"),
                Map.entry("StockRow", cloud + "report.Rows$StockRow"),
                Map.entry("FiadoOwed", cloud + "report.Rows$FiadoOwed"),
                Map.entry("Corte", cloud + "report.Rows$Corte"),
                Map.entry("PullResponse", SYNC + "PullResponse"),
                Map.entry("PulledChange", SYNC + "PulledChange"),
                Map.entry("SnapshotPage", SYNC + "SnapshotPage"),
                Map.entry("Problem", cloud + "http.Problem"),
                Map.entry("ProductRequest", cloud + "owner.OwnerViews$ProductRequest"),
                Map.entry("PriceRequest", cloud + "owner.OwnerViews$PriceRequest"),
                Map.entry("BarcodeRequest", cloud + "owner.OwnerViews$BarcodeRequest"),
                Map.entry("CategoryRequest", cloud + "owner.OwnerViews$CategoryRequest"),
                Map.entry("CustomerRequest", cloud + "owner.OwnerViews$CustomerRequest"),
                Map.entry("TerminalUserRequest", cloud + "owner.OwnerViews$TerminalUserRequest"),
                Map.entry("SettingsRequest", cloud + "owner.OwnerViews$SettingsRequest"),
                Map.entry("OwnerProduct", cloud + "owner.OwnerViews$ProductView"),
                Map.entry("OwnerCategory", cloud + "owner.OwnerViews$CategoryView"),
                Map.entry("OwnerCustomer", cloud + "owner.OwnerViews$CustomerView"),
                Map.entry("TerminalUser", cloud + "owner.OwnerViews$TerminalUserView"),
                Map.entry("ShopSettings", cloud + "owner.OwnerViews$SettingsView"),
                Map.entry("VersionConflict", cloud + "owner.OwnerViews$VersionConflict"));
        Set<String> schemaNames = new TreeSet<>();
        schemas.fieldNames().forEachRemaining(schemaNames::add);
        Set<String> expected = new TreeSet<>(records.keySet());
        expected.add("TerminalEvent");
        expected.add("CloudChange");
        assertEquals(expected, schemaNames);
        for (var entry : records.entrySet()) {
            Set<String> documented = new TreeSet<>();
            schemas.get(entry.getKey()).get("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> onTheWire = new TreeSet<>();
            for (var component : Class.forName(entry.getValue()).getRecordComponents()) {
                onTheWire.add(component.getName());
            }
            assertEquals(onTheWire, documented, entry.getKey());
        }
    }

    /** The event schema lists exactly the wire type names of the shared event records. */
    @Test
    void theEventSchemaNamesEveryWireType() throws ReflectiveOperationException {
        JsonNode type = api.get("/openapi", null).expect(200).json().get("components").get("schemas")
                .get("TerminalEvent").get("properties").get("type").get("enum");
        Set<String> documented = new TreeSet<>();
        type.forEach(t -> documented.add(t.asText()));
        Set<String> wire = new TreeSet<>();
        for (Class<?> c : Class.forName(SYNC + "TerminalEvent").getPermittedSubclasses()) {
            wire.add((String) c.getField("TYPE").get(null));
        }
        assertEquals(wire, documented);
    }

    private static void collectRefs(JsonNode root, JsonNode node, List<String> missing) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && root.at(ref.asText().substring(1)).isMissingNode()) {
                missing.add(ref.asText());
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectRefs(root, it.next(), missing);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(root, child, missing));
        }
    }
}
