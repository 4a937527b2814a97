package mx.michangarrito.pos.sync;

import java.time.Duration;

/** Waits between pushes; tests pass one that records the waits instead of taking them. */
@FunctionalInterface
public interface Sleeper {

    /** The real one. */
    Sleeper THREAD = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
