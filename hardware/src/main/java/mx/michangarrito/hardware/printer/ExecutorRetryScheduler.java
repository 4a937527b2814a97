package mx.michangarrito.hardware.printer;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A {@link RetryScheduler} on one daemon thread, so printing never runs on the sale's thread. */
public final class ExecutorRetryScheduler implements RetryScheduler, AutoCloseable {

    private final ScheduledExecutorService executor;

    /**
     * A scheduler with its own thread.
     *
     * @param threadName the thread's name, e.g. {@code "printer-queue"}
     */
    public ExecutorRetryScheduler(String threadName) {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(threadName).factory());
    }

    @Override
    public void runNow(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void runAfter(Duration delay, Runnable task) {
        executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the thread; queued tasks are dropped (the jobs stay in their queue). */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
