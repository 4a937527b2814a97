package mx.michangarrito.hardware.printer;

import java.time.Duration;

/**
 * Where the print queue runs its work: at once after a submit, later after a failure. Production
 * uses {@link ExecutorRetryScheduler}; tests run the tasks by hand, so no test waits for a retry.
 */
public interface RetryScheduler {

    /**
     * Runs a task soon, on the scheduler's thread.
     *
     * @param task the work
     */
    void runNow(Runnable task);

    /**
     * Runs a task after a delay, on the scheduler's thread.
     *
     * @param delay how long to wait
     * @param task  the work
     */
    void runAfter(Duration delay, Runnable task);
}
