package mx.michangarrito.pos.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work started on a thread of its own at start-up (opening the services, Hibernate's boot). */
public final class Outcome {

    private Outcome() {
    }

    /** Waits for {@code work}; rethrows what it threw, unwrapped, so callers see the original exception. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
