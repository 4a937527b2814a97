package mx.michangarrito.cloud.observe;

import java.util.Optional;
import java.util.UUID;

/**
 * The request being served on this thread: its id, and its tenant once authentication has found it.
 * Bound for the duration of a request by {@link RequestLogFilter}; log lines and problems read it.
 */
public final class RequestContext {

    private static final ScopedValue<RequestContext> CURRENT = ScopedValue.newInstance();

    private final String requestId;
    private volatile UUID tenantId;

    RequestContext(String requestId) {
        this.requestId = requestId;
    }

    static ScopedValue<RequestContext> scoped() {
        return CURRENT;
    }

    /** The context of the request on this thread, if any. */
    public static Optional<RequestContext> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    /** Records the tenant the request acts for (called once the caller is authenticated). */
    public static void tenant(UUID tenantId) {
        current().ifPresent(c -> c.tenantId = tenantId);
    }

    public String requestId() {
        return requestId;
    }

    public Optional<UUID> tenantId() {
        return Optional.ofNullable(tenantId);
    }
}
