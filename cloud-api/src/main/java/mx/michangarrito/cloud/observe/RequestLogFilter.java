package mx.michangarrito.cloud.observe;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Gives each request an id (the caller's {@code X-Request-Id} if it is a plain token, else a new one),
 * binds a {@link RequestContext} for the handler, answers the id in {@code X-Request-Id}, and logs one
 * line per request: method, path without query, status, duration, request and tenant ids. Never headers,
 * bodies or query strings, where tokens and codes travel.
 */
public final class RequestLogFilter implements Filter {

    public static final HeaderName REQUEST_ID = HeaderNames.create("X-Request-Id");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final System.Logger LOG = System.getLogger("mx.michangarrito.cloud.request");

    private final RequestMetrics metrics;

    public RequestLogFilter(RequestMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long start = System.nanoTime();
        String id = request.headers().first(REQUEST_ID).filter(v -> SAFE_ID.matcher(v).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        RequestContext context = new RequestContext(id);
        response.header(REQUEST_ID, id);
        // Logged and counted just before the response goes out (status known, inside the request scope so
        // the JSON line carries requestId and tenantId): a client that has its answer finds it counted.
        response.beforeSend(() -> {
            long nanos = System.nanoTime() - start;
            int status = response.status().code();
            String route = request.matchingPattern().orElse("unmatched");
            metrics.record(request.prologue().method().text(), route, status, nanos);
            LOG.log(System.Logger.Level.INFO, () -> "request method=" + request.prologue().method().text()
                    + " path=" + request.path().path() + " status=" + status + " ms=" + (nanos / 1_000_000)
                    + " requestId=" + id + " tenantId=" + context.tenantId().map(UUID::toString).orElse("-"));
        });
        ScopedValue.where(RequestContext.scoped(), context).run(chain::proceed);
    }
}
