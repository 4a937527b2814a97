package mx.michangarrito.pos.device;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceState;
import mx.michangarrito.hardware.device.WeightRead;
import mx.michangarrito.hardware.scale.Scale;

/**
 * The counter's scale: a reading is asked on the scale's own thread (a serial scale may take a second
 * to answer) and its outcome handed to the screen on the UI thread, so weighing never freezes the sale.
 */
public final class ScaleInput implements AutoCloseable {

    /** The setting naming the scale's address; absent means no scale (weights are typed). */
    public static final String SCALE_SETTING = "device.scale";
    /** The scale's protocol: {@code toledo}, {@code cas-pd2} or {@code cas-esp}. */
    public static final String PROTOCOL_SETTING = "device.scale.protocol";

    private static final System.Logger LOG = System.getLogger(ScaleInput.class.getName());

    private final Scale scale;
    private final AutoCloseable owner;
    private final Locale locale;
    private final DeviceWorker reader;

    /**
     * @param scale    the scale, closed
     * @param owner    what to close with it (the simulator pair in demo mode, or the scale itself)
     * @param uiThread where outcomes are delivered
     * @param locale   the cashier's language
     */
    public ScaleInput(Scale scale, AutoCloseable owner, Executor uiThread, Locale locale) {
        this.scale = Objects.requireNonNull(scale, "scale");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.reader = new DeviceWorker("scale", uiThread);
    }

    /** Reads the weight now; {@code feed} hears the outcome on the UI thread. */
    public void read(ScaleFeed feed) {
        reader.<Consumer<ScaleFeed>>run(() -> {
            try {
                if (scale.state() != DeviceState.ENABLED) {
                    scale.start(Duration.ofSeconds(2));
                }
                WeightRead read = scale.readWeight();
                return to -> to.weighed(read.status(), read.kilograms());
            } catch (DeviceException e) {
                String text = e.userMessage().format(locale);
                return to -> to.problem(text);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the scale failed", e);
                return to -> to.problem(""); // the screen says it in the cashier's words
            }
        }, outcome -> outcome.accept(feed));
    }

    @Override
    public void close() {
        reader.close();
        try {
            owner.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the scale", e);
        }
    }
}
