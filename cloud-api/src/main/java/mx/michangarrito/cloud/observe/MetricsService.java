package mx.michangarrito.cloud.observe;

import java.util.Objects;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.http.Endpoints;

/** {@code GET /observe/metrics}: request counts and latencies in the Prometheus text format. */
public final class MetricsService implements HttpService {

    private final Endpoints endpoints;
    private final RequestMetrics metrics;

    public MetricsService(Endpoints endpoints, RequestMetrics metrics) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules).get("/observe/metrics", this::metrics);
    }

    private void metrics(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")
                .send(metrics.prometheus());
    }
}
