package mx.michangarrito.pos.device;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A device's own thread: work that may wait on the device (a serial scale answering, a customer typing
 * the PIN) runs here, and its result is handed to the screen on the UI thread, so no screen ever freezes.
 */
final class DeviceWorker implements AutoCloseable {

    private final ExecutorService thread;
    private final Executor uiThread;

    /**
     * @param threadName what the thread is called (seen in thread dumps)
     * @param uiThread   where results are delivered
     */
    DeviceWorker(String threadName, Executor uiThread) {
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name(threadName).factory());
    }

    /** Runs {@code work} on the device's thread; {@code done} gets its result on the UI thread. */
    <T> void run(Supplier<T> work, Consumer<T> done) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(done, "done");
        thread.execute(() -> {
            T result = work.get();
            uiThread.execute(() -> done.accept(result));
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
