package mx.michangarrito.pos.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations (nanoseconds). */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    long nanos(int percentile) {
        int rank = (percentile * sorted.length + 99) / 100; // ceil without floating point
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    String micros(int percentile) {
        return String.valueOf(nanos(percentile) / 1_000);
    }

    String millis(int percentile) {
        return java.math.BigDecimal.valueOf(nanos(percentile), 6).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
