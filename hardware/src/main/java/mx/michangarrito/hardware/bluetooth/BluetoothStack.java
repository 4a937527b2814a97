package mx.michangarrito.hardware.bluetooth;

import java.io.IOException;
import java.util.List;

/**
 * The few Bluetooth calls discovery needs, shaped like JSR-82's {@code DiscoveryAgent}: the paired
 * devices, and an asynchronous service search that reports through a listener and can be cancelled.
 * {@link BlueCoveStack} is the real one; discovery's filtering and time limit are tested with an
 * in-memory one, as CI has no adapter.
 */
interface BluetoothStack {

    /** The Serial Port Profile service class, {@code 0x1101}. */
    int SERIAL_PORT_UUID = 0x1101;

    /**
     * The devices paired with this computer.
     *
     * @return the devices, possibly none
     * @throws javax.bluetooth.BluetoothStateException if there is no adapter or it is off
     * @throws IOException                              if the stack fails otherwise
     */
    List<PairedDevice> pairedDevices() throws IOException;

    /**
     * Starts a search for the Serial Port Profile service ({@link #SERIAL_PORT_UUID}) on a paired device.
     * Returns at once; {@code listener} hears each service found, then exactly one end (unless cancelled).
     *
     * @param address  the device's address, as {@link PairedDevice#address()}
     * @param listener hears the results, on the stack's thread
     * @return the running search, to cancel when it takes too long
     * @throws IOException if the search cannot start
     */
    Search searchSerialPort(String address, Listener listener) throws IOException;

    /** How a service search ended (JSR-82's {@code SERVICE_SEARCH_*} response codes). */
    enum End {
        /** Finished; services were reported. */
        COMPLETED,
        /** Finished; the device offers no such service. */
        NO_RECORDS,
        /** The device did not answer: off or out of range. */
        NOT_REACHABLE,
        /** Cancelled. */
        TERMINATED,
        /** The stack failed. */
        ERROR
    }

    /** Hears one service search. */
    interface Listener {
        /**
         * A service record offering the serial port.
         *
         * @param connectionUrl its {@code btspp://…} URL
         */
        void found(String connectionUrl);

        /**
         * The search ended.
         *
         * @param end how
         */
        void ended(End end);
    }

    /** A running service search. */
    @FunctionalInterface
    interface Search {
        /** Stops the search; does nothing once it ended. */
        void cancel();
    }
}
