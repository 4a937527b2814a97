package mx.michangarrito.cloud.bench;

import java.util.Arrays;

/** Latencies of one load run, in nanoseconds, and how long it ran. */
record LoadResult(long[] latencies, long elapsedNanos, int failures) {

    double perSecond() {
        return latencies.length / (elapsedNanos / 1e9);
    }

    /** The {@code p}-th percentile (0..100) in milliseconds, nearest-rank. */
    double percentileMillis(double p) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
