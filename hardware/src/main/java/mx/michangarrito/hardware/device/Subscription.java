package mx.michangarrito.hardware.device;

/** A registered {@link DeviceListener}; closing it stops the deliveries. Closing twice does nothing. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Stops delivering events to the listener. */
    @Override
    void close();
}
