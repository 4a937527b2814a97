package mx.michangarrito.hardware.scanner;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a camera's stream of decodes into scans: a code held in view is one scan until it leaves.
 * A code "leaves" when no frame has shown it for {@code leaveAfter} (a few blurred frames in between do
 * not count as leaving); a different code is a new scan at once. Pure: fed decodes and their times.
 */
public final class HeldCodeFilter {

    private final long leaveAfterNanos;
    private String held;
    private long lastSeenNanos;

    /**
     * A filter with nothing in view.
     *
     * @param leaveAfter how long a code must be out of view before showing it again counts as a new scan
     */
    public HeldCodeFilter(Duration leaveAfter) {
        Objects.requireNonNull(leaveAfter, "leaveAfter");
        if (leaveAfter.isNegative() || leaveAfter.isZero()) {
            throw new IllegalArgumentException("leaveAfter must be positive: " + leaveAfter);
        }
        this.leaveAfterNanos = leaveAfter.toNanos();
    }

    /**
     * Feeds what one frame showed.
     *
     * @param decoded        the code in the frame, or empty
     * @param timestampNanos when the frame was taken (monotonic nanoseconds)
     * @return the code when it is a new scan; else empty
     */
    public Optional<DecodedBarcode> accept(Optional<DecodedBarcode> decoded, long timestampNanos) {
        if (held != null && timestampNanos - lastSeenNanos > leaveAfterNanos) {
            held = null; // it left the view
        }
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get().text();
        boolean isNew = !text.equals(held);
        held = text;
        lastSeenNanos = timestampNanos;
        return isNew ? decoded : Optional.empty();
    }
}
