package mx.michangarrito.cloud.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/** {@code clients} threads calling a request in a closed loop for a duration, timing each call. */
final class Load {

    private final int clients;

    Load(int clients) {
        this.clients = clients;
    }

    /** @param call the request of client {@code i}; false or an exception counts as a failure */
    LoadResult run(Duration duration, IntPredicate call) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<long[]> perClient = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            perClient.add(new long[0]);
            counts.add(0);
            int client = c;
            threads.add(Thread.ofVirtual().start(() -> {
                long[] latencies = new long[4096];
                int n = 0;
                while (System.nanoTime() < end) {
                    if (n == latencies.length) {
                        latencies = java.util.Arrays.copyOf(latencies, n * 2);
                    }
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.test(client);
                    } catch (RuntimeException e) {
                        ok = false;
                    }
                    long t1 = System.nanoTime();
                    if (ok) {
                        latencies[n++] = t1 - t0;
                    } else {
                        failures.incrementAndGet();
                    }
                }
                synchronized (counts) {
                    counts.set(client, n);
                    perClient.set(client, latencies);
                }
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        long elapsed = System.nanoTime() - start;
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            synchronized (counts) {
                System.arraycopy(perClient.get(c), 0, all, at, counts.get(c));
            }
            at += counts.get(c);
        }
        return new LoadResult(all, elapsed, failures.get());
    }
}
