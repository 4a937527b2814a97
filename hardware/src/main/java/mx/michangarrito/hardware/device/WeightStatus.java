package mx.michangarrito.hardware.device;

/** What a scale says about the weight it reports. Only a {@link #STABLE} weight may be sold. */
public enum WeightStatus {
    /** The weight has settled. */
    STABLE,
    /** The pan is still moving; ask again. */
    MOTION,
    /** Below zero, e.g. the tare is larger than what is on the pan. */
    NEGATIVE,
    /** More than the scale can weigh. */
    OVERLOAD
}
