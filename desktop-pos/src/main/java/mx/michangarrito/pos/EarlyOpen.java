package mx.michangarrito.pos;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import mx.michangarrito.pos.store.Outcome;
import mx.michangarrito.pos.user.UserService;

/**
 * Opens the terminal's services (database check, migrations, Hibernate, catalog index) on a thread of its
 * own while the JavaFX toolkit starts, so a cold start pays for the longer of the two instead of both
 * (decision 0019). {@link #services()} hands over the outcome: the services, or the exception that
 * {@link PosServices#open} threw, unchanged.
 */
public final class EarlyOpen {

    private final CompletableFuture<PosServices> opening = new CompletableFuture<>();

    private EarlyOpen(Path dataDir, PosConfig config, Clock clock) {
        // the first login's PIN check would otherwise pay for loading and compiling bcrypt
        Thread.ofPlatform().name("pin-check-warm-up").daemon().start(UserService::warmUpPinCheck);
        Thread.ofPlatform().name("pos-open").daemon().start(() -> {
            try {
                opening.complete(PosServices.open(dataDir, config, clock));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        });
    }

    /** Starts opening the services in {@code dataDir} now. */
    public static EarlyOpen start(Path dataDir, PosConfig config, Clock clock) {
        Objects.requireNonNull(dataDir, "dataDir");
        return new EarlyOpen(dataDir, Objects.requireNonNull(config, "config"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Waits for the services to be open.
     *
     * @throws RuntimeException what opening them threw (a {@code StoreException} for a store that cannot open)
     */
    public PosServices services() {
        return Outcome.join(opening);
    }
}
