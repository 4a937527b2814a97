package mx.michangarrito.hardware.simulator;

import java.time.Clock;
import java.time.Duration;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.payment.ConcertTerminal;
import mx.michangarrito.hardware.payment.ConcertTimings;
import mx.michangarrito.hardware.scale.ScaleProtocol;
import mx.michangarrito.hardware.scale.SerialScale;
import mx.michangarrito.hardware.scanner.ScannerFraming;
import mx.michangarrito.hardware.scanner.SerialScanner;
import mx.michangarrito.hardware.scanner.SymbologyInference;

/**
 * Builds the input devices configured as {@code sim:} for demo mode: the real driver over an in-memory
 * link with the matching simulator on the other end, so the demo runs exactly the production code.
 * The device can be closed and started again; closing the simulator is unplugging the device for good.
 */
public final class SimulatedDevices {

    /** How often the in-memory link's reader wakes up. */
    private static final Duration POLL = Duration.ofMillis(100);

    private SimulatedDevices() {
    }

    /**
     * A serial scanner with a scanner simulator (no prefix, CR suffix).
     *
     * @param name  the scanner's name
     * @param uri   its {@code sim:} address
     * @param clock time source for events
     * @return the closed driver and the running simulator
     */
    public static Simulated<SerialScanner, ScannerSimulator> scanner(String name, SimUri uri, Clock clock) {
        return scanner(name, uri, ScannerFraming.DEFAULT, SymbologyInference.NONE, clock);
    }

    /**
     * A serial scanner with a scanner simulator, both set to {@code framing}, whose scans without an AIM
     * identifier get the type {@code inference} tells. With {@link ScannerFraming#aim()} on, the codes
     * given to the simulator must start with their identifier ({@code ]E0…}), as a real scanner sends them.
     *
     * @param name      the scanner's name
     * @param uri       its {@code sim:} address
     * @param framing   prefix, AIM identifier and suffix
     * @param inference tells the barcode type from the code
     * @param clock     time source for events
     * @return the closed driver and the running simulator
     */
    public static Simulated<SerialScanner, ScannerSimulator> scanner(String name, SimUri uri, ScannerFraming framing,
            SymbologyInference inference, Clock clock) {
        SimCable cable = new SimCable(uri, POLL);
        SerialScanner scanner = new SerialScanner(name, uri, framing, inference, cable.opener(), clock, POLL);
        return new Simulated<>(scanner, new ScannerSimulator(cable.deviceEnd(), framing));
    }

    /**
     * A scale speaking {@code protocol} with a scale simulator holding nothing yet.
     *
     * @param name     the scale's name
     * @param uri      its {@code sim:} address
     * @param protocol the protocol both ends speak
     * @param clock    time source for events
     * @return the closed driver and the running simulator
     */
    public static Simulated<SerialScale, ScaleSimulator> scale(String name, SimUri uri, ScaleProtocol protocol,
            Clock clock) {
        SimCable cable = new SimCable(uri, POLL);
        SerialScale scale = new SerialScale(name, uri, protocol, cable.opener(), clock, Duration.ofSeconds(1));
        return new Simulated<>(scale, ScaleSimulator.start(cable.deviceEnd(), protocol));
    }

    /**
     * A Concert card terminal with a terminal simulator that approves until told otherwise.
     *
     * @param name    the terminal's name
     * @param uri     its {@code sim:} address
     * @param timings ACK and result timeouts
     * @param clock   time source for results
     * @return the closed driver and the running simulator
     */
    public static Simulated<ConcertTerminal, CardTerminalSimulator> cardTerminal(String name, SimUri uri,
            ConcertTimings timings, Clock clock) {
        SimCable cable = new SimCable(uri, POLL);
        ConcertTerminal terminal = new ConcertTerminal(name, uri, 1, timings, cable.opener(), clock);
        return new Simulated<>(terminal, CardTerminalSimulator.start(cable.deviceEnd()));
    }
}
