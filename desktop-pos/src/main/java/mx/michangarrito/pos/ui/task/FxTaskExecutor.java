package mx.michangarrito.pos.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on a virtual thread and delivers the outcome on the JavaFX application thread. */
public final class FxTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        Thread.ofVirtual().name("counter-task").start(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }
}
