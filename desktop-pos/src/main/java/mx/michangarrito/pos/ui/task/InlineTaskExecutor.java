package mx.michangarrito.pos.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work on the caller's thread: for view-model tests and for work too short to leave the FX thread. */
public final class InlineTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
