package mx.michangarrito.hardware.scale;

import mx.michangarrito.hardware.device.Device;
import mx.michangarrito.hardware.device.WeightRead;

/**
 * A scale that reports weight when asked. Every answer also goes to listeners as {@link WeightRead}.
 * Failures (no answer, a garbled answer, the cable pulled) throw
 * {@link mx.michangarrito.hardware.device.DeviceException} with a message for the cashier and leave the
 * scale usable: the next call tries again, reopening the port if it was lost.
 */
public interface Scale extends Device {

    /**
     * The protocol this scale speaks.
     *
     * @return the protocol
     */
    ScaleProtocol protocol();

    /**
     * Asks for the weight and waits for the answer.
     *
     * @return the reading; sell only {@link WeightRead#sellable() sellable} ones
     * @throws mx.michangarrito.hardware.device.DeviceException if the scale is not enabled, does not
     *         answer in time, answers garbage or is disconnected
     */
    WeightRead readWeight();

    /**
     * Sets the scale to zero.
     *
     * @throws mx.michangarrito.hardware.device.DeviceException if the protocol has no zero command or
     *         the scale is not reachable
     */
    void zero();

    /**
     * Takes what is on the pan as tare.
     *
     * @throws mx.michangarrito.hardware.device.DeviceException if the protocol has no tare command or
     *         the scale is not reachable
     */
    void tare();

    /**
     * Clears the tare.
     *
     * @throws mx.michangarrito.hardware.device.DeviceException if the protocol has no such command or
     *         the scale is not reachable
     */
    void clearTare();
}
