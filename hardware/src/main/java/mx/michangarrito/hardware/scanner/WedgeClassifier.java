package mx.michangarrito.hardware.scanner;

import java.util.Objects;
import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner's burst from a person typing, from characters and their times only:
 * no UI toolkit, no clock of its own. The desktop UI feeds it every typed character with a monotonic
 * timestamp (e.g. {@link System#nanoTime()} when the key event arrived) and lets the characters go on to
 * the focused field as usual; when Enter closes a burst that qualifies it answers a {@link WedgeScan},
 * and the UI takes the code out of the field and adds it to the sale. So a scan is recognised even while
 * the cursor is in a search box.
 *
 * <p>A burst is a run of characters each at most {@link WedgeSettings#maxGap()} after the one before;
 * a longer pause starts a new run, so slow typing followed by a scan still yields exactly the scan.
 * A control character other than Enter (Backspace, Tab, Escape) ends the run. Not thread-safe: feed it
 * from the UI thread.
 */
public final class WedgeClassifier {

    private final WedgeSettings settings;
    private final SymbologyInference inference;
    private final long maxGapNanos;
    private final StringBuilder run = new StringBuilder();
    private long lastNanos;
    private boolean started;

    /**
     * A classifier with an empty run.
     *
     * @param settings minimum length and maximum gap
     */
    public WedgeClassifier(WedgeSettings settings) {
        this(settings, SymbologyInference.NONE);
    }

    /**
     * A classifier with an empty run whose scans get the barcode type {@code inference} tells.
     *
     * @param settings  minimum length and maximum gap
     * @param inference tells the type from the code (a wedge sends only the characters)
     */
    public WedgeClassifier(WedgeSettings settings, SymbologyInference inference) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.inference = Objects.requireNonNull(inference, "inference");
        this.maxGapNanos = settings.maxGap().toNanos();
    }

    /**
     * Feeds one typed character.
     *
     * @param c              the character; {@code '\r'} or {@code '\n'} is Enter
     * @param timestampNanos when it was typed, on a monotonic clock in nanoseconds
     * @return the scan, when this character is the Enter closing a scanner burst; else empty
     */
    public Optional<WedgeScan> accept(char c, long timestampNanos) {
        boolean inTime = started && timestampNanos >= lastNanos && timestampNanos - lastNanos <= maxGapNanos;
        if (c == '\r' || c == '\n') {
            boolean scan = inTime && run.length() >= settings.minLength();
            String code = run.toString();
            reset();
            return scan ? Optional.of(new WedgeScan(code, code.length(), inference.infer(code))) : Optional.empty();
        }
        if (Character.isISOControl(c)) {
            reset();
            return Optional.empty();
        }
        if (!inTime) {
            run.setLength(0);
        }
        run.append(c);
        lastNanos = timestampNanos;
        started = true;
        return Optional.empty();
    }

    /** Forgets the current run, e.g. when the focus moves to another window. */
    public void reset() {
        run.setLength(0);
        started = false;
    }
}
