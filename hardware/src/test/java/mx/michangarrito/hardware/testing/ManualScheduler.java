package mx.michangarrito.hardware.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import mx.michangarrito.hardware.printer.RetryScheduler;

/** Runs the queue's tasks only when the test says so, on the test's thread: no test waits for a retry. */
public final class ManualScheduler implements RetryScheduler {

    private final Deque<Runnable> now = new ArrayDeque<>();
    private final Deque<Runnable> later = new ArrayDeque<>();

    @Override
    public synchronized void runNow(Runnable task) {
        now.add(task);
    }

    @Override
    public synchronized void runAfter(Duration delay, Runnable task) {
        later.add(task);
    }

    /** Runs the tasks asked for "now", including those they add. */
    public void runImmediate() {
        Runnable task;
        while ((task = poll(now)) != null) {
            task.run();
        }
    }

    /** Lets the retry delay pass: runs the delayed tasks scheduled so far, then what they asked for now. */
    public void elapseRetryDelay() {
        Deque<Runnable> due;
        synchronized (this) {
            due = new ArrayDeque<>(later);
            later.clear();
        }
        due.forEach(Runnable::run);
        runImmediate();
    }

    /** @return how many retries wait for their delay */
    public synchronized int delayed() {
        return later.size();
    }

    private synchronized Runnable poll(Deque<Runnable> tasks) {
        return tasks.poll();
    }
}
