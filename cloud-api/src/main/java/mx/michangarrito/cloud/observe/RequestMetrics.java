package mx.michangarrito.cloud.observe;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counters and a latency histogram, rendered in the Prometheus text format. Hand-made because
 * it is a page of code, where a metrics stack would bring a dozen jars.
 */
public final class RequestMetrics {

    /** Upper bounds of the latency buckets, in seconds. */
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final LongAdder[] bucketCounts = new LongAdder[BUCKETS.length];
    private final LongAdder count = new LongAdder();
    private final LongAdder sumMicros = new LongAdder();

    public RequestMetrics() {
        for (int i = 0; i < BUCKETS.length; i++) {
            bucketCounts[i] = new LongAdder();
        }
    }

    /** Counts one finished request. */
    public void record(String method, String route, int status, long nanos) {
        String key = "method=\"" + method + "\",route=\"" + route + "\",status=\"" + status + "\"";
        requests.computeIfAbsent(key, k -> new LongAdder()).increment();
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                bucketCounts[i].increment();
            }
        }
        count.increment();
        sumMicros.add(nanos / 1000);
    }

    /** Prometheus text exposition format 0.0.4. */
    public String prometheus() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP http_requests_total HTTP requests answered.\n# TYPE http_requests_total counter\n");
        new TreeMap<>(requests).forEach((labels, n) ->
                out.append("http_requests_total{").append(labels).append("} ").append(n.sum()).append('\n'));
        out.append("# HELP http_request_duration_seconds Time to answer a request.\n")
                .append("# TYPE http_request_duration_seconds histogram\n");
        for (int i = 0; i < BUCKETS.length; i++) {
            out.append("http_request_duration_seconds_bucket{le=\"").append(BUCKETS[i]).append("\"} ")
                    .append(bucketCounts[i].sum()).append('\n');
        }
        long total = count.sum();
        out.append("http_request_duration_seconds_bucket{le=\"+Inf\"} ").append(total).append('\n')
                .append("http_request_duration_seconds_sum ").append(sumMicros.sum() / 1e6).append('\n')
                .append("http_request_duration_seconds_count ").append(total).append('\n');
        Runtime rt = Runtime.getRuntime();
        out.append("# TYPE jvm_memory_used_bytes gauge\njvm_memory_used_bytes ")
                .append(rt.totalMemory() - rt.freeMemory()).append('\n');
        return out.toString();
    }
}
