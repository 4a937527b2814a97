package mx.michangarrito.cloud.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.shared.sync.ProductAction;
import mx.michangarrito.shared.sync.ProductCommanded;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.sync.PullResponse;
import mx.michangarrito.shared.sync.SnapshotPage;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.tax.IvaRate;

/** Building product commands and reading pull answers in the cloud's tests. */
public final class SyncPulls {

    private SyncPulls() {
    }

    public static ProductState product(UUID id, String name, long priceCentavos, UUID categoryId) {
        return new ProductState(id, null, name, categoryId, "PIEZA", false, IvaRate.IVA_16, null, 0, priceCentavos,
                BigDecimal.ZERO, null, true);
    }

    public static ProductCommanded command(ProductAction action, ProductState product, String categoryName,
                                           String... barcodes) {
        return new ProductCommanded(SyncPushes.newId(), action, action == ProductAction.CREATE ? null : 1L, product,
                categoryName, List.of(barcodes), null, SyncPushes.AT);
    }

    /** {@code GET /v1/sync/pull} as the terminal with {@code device}. */
    public static PullResponse pull(Api api, String device, long after, int limit) {
        return read(api.get(SyncSchema.PULL_PATH + "?schemaVersion=" + SyncSchema.CURRENT + "&after=" + after
                + "&limit=" + limit, device).expect(200).body(), PullResponse.class);
    }

    public static SnapshotPage snapshot(Api api, String device, Long upTo, long after, int limit) {
        return read(api.get(SyncSchema.SNAPSHOT_PATH + "?schemaVersion=" + SyncSchema.CURRENT + "&after=" + after
                + "&limit=" + limit + (upTo == null ? "" : "&upTo=" + upTo), device).expect(200).body(),
                SnapshotPage.class);
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + body, e);
        }
    }
}
