package mx.michangarrito.cloud.support;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.sync.FiadoEntryKind;
import mx.michangarrito.shared.sync.FiadoRecorded;
import mx.michangarrito.shared.sync.FiadoTender;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushResponse;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.SaleCompleted;
import mx.michangarrito.shared.sync.StockMoved;
import mx.michangarrito.shared.sync.TenderKind;
import mx.michangarrito.shared.sync.StockReason;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.TerminalEvent;

/** Building push requests from the shared wire records, and reading the shop's tables back. */
public final class SyncPushes {

    public static final Instant AT = Instant.parse("2026-11-23T18:00:00Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(java.time.Clock.systemUTC(), new java.security.SecureRandom());

    private SyncPushes() {
    }

    public static UUID newId() {
        return IDS.next();
    }

    /** A request of {@code events} numbered from {@code firstSeq}. */
    public static PushRequest request(UUID terminalId, long firstSeq, TerminalEvent... events) {
        List<PushedEvent> pushed = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            pushed.add(new PushedEvent(firstSeq + i, AT, events[i]));
        }
        return new PushRequest(SyncSchema.CURRENT, terminalId, pushed);
    }

    public static StockMoved stockMove(UUID productId, String quantity) {
        return new StockMoved(newId(), productId, new BigDecimal(quantity), StockReason.SALE, null, null, AT);
    }

    public static FiadoRecorded fiado(UUID customerId, FiadoEntryKind kind, long centavos) {
        return new FiadoRecorded(newId(), customerId, kind, centavos, null,
                kind == FiadoEntryKind.PAYMENT ? FiadoTender.CASH : null, null, null, null, AT);
    }

    /** A one-line card sale of {@code centavos} of {@code productId}. */
    public static SaleCompleted sale(UUID productId, long centavos) {
        UUID id = newId();
        return new SaleCompleted(id, "CAJA-" + id.toString().substring(30), newId(), newId(), null, AT,
                Money.ofCentavos(centavos), Money.ZERO, Money.ZERO, Money.ZERO, Money.ofCentavos(centavos), Money.ZERO,
                List.of(new SaleCompleted.Line(1, productId, "Producto", BigDecimal.ONE, Money.ofCentavos(centavos),
                        Money.ZERO, Money.ofCentavos(centavos), Money.ofCentavos(centavos), Money.ZERO, Money.ZERO,
                        "ZERO", null, newId())),
                List.of(new SaleCompleted.Tender(TenderKind.CARD, Money.ofCentavos(centavos), "AUT1", null)));
    }

    public static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static PushResponse response(Api.Reply reply) {
        reply.expect(200);
        try {
            return Json.mapper().readValue(reply.body(), PushResponse.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a push response: " + reply.body(), e);
        }
    }

    /** The first column of the first row of {@code sql} in {@code tenantId}'s transaction, as text (null if no row). */
    public static String query(UUID tenantId, String sql) {
        return TestDatabase.get().database().inTenant(tenantId, tx -> {
            try (Statement s = tx.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
                return r.next() ? r.getString(1) : null;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }
}
