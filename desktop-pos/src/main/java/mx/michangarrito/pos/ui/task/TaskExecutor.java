package mx.michangarrito.pos.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may take a moment (a PIN check, storing a sale) off the screen's thread and hands the
 * result back on it. The app's implementation hops to the FX thread; tests use one that runs inline.
 */
public interface TaskExecutor {

    /** Runs {@code work}; then {@code onDone} with its result or {@code onFailure} with what it threw. */
    <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);
}
