package mx.michangarrito.pos.device;

import java.math.BigDecimal;
import java.util.Optional;
import mx.michangarrito.hardware.device.WeightStatus;

/** What the sale screen hears back from the scale, on its own thread: a reading, or why there is none. */
public interface ScaleFeed {

    /** The scale answered: only a {@link WeightStatus#STABLE} weight may be sold. */
    void weighed(WeightStatus status, Optional<BigDecimal> kilograms);

    /** The scale did not answer (unplugged, off, wrong protocol): what to tell the cashier. */
    void problem(String text);
}
