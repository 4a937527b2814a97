package mx.michangarrito.hardware.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.hardware.device.WeightStatus;
import mx.michangarrito.hardware.scale.ScaleProtocol;
import mx.michangarrito.hardware.scale.ScaleReply;
import mx.michangarrito.hardware.transport.Link;

/**
 * A scale on the device end of a link, answering its protocol's weight request with a weight and state
 * set by the test or the demo, and obeying zero and tare commands where the protocol has them. It can
 * also stay silent, garble its next reply, or be unplugged when the next request arrives.
 */
public final class ScaleSimulator extends DeviceSideLoop {

    private final ScaleProtocol protocol;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private BigDecimal gross = BigDecimal.ZERO;
    private BigDecimal tare = BigDecimal.ZERO;
    private boolean motion;
    private boolean overload;
    private boolean silent;
    private boolean garbleNext;
    private Runnable unplugOnRequest;
    private int requests;

    /**
     * A scale reading nothing on its pan, answering at once.
     *
     * @param link     the device end of a link
     * @param protocol what it speaks
     * @return the running simulator
     */
    public static ScaleSimulator start(Link link, ScaleProtocol protocol) {
        ScaleSimulator simulator = new ScaleSimulator(link, protocol);
        simulator.begin();
        return simulator;
    }

    private ScaleSimulator(Link link, ScaleProtocol protocol) {
        super(Objects.requireNonNull(link, "link"), "scale simulator " + protocol.id());
        this.protocol = protocol;
    }

    /**
     * Puts goods on the pan.
     *
     * @param kilograms the gross weight
     */
    public synchronized void setWeight(BigDecimal kilograms) {
        gross = Objects.requireNonNull(kilograms, "kilograms");
    }

    /**
     * Makes the pan move or settle.
     *
     * @param moving whether the pan is still moving
     */
    public synchronized void setMotion(boolean moving) {
        motion = moving;
    }

    /**
     * Overloads the scale or takes the load off.
     *
     * @param over whether the load is over capacity
     */
    public synchronized void setOverload(boolean over) {
        overload = over;
    }

    /**
     * Makes the scale ignore requests, or answer again.
     *
     * @param quiet whether to ignore requests (the driver then times out)
     */
    public synchronized void setSilent(boolean quiet) {
        silent = quiet;
    }

    /** Sends noise instead of the next reply. */
    public synchronized void garbleNextReply() {
        garbleNext = true;
    }

    /**
     * Pulls the cable when the next weight request arrives, before answering: closes this end of the link
     * and runs {@code pull} (e.g. stopping the pty pair, so the driver's port disappears too).
     *
     * @param pull what else pulling the cable means for the link in use
     */
    public synchronized void unplugOnNextRequest(Runnable pull) {
        unplugOnRequest = Objects.requireNonNull(pull, "pull");
    }

    /**
     * How many weight requests arrived.
     *
     * @return the count
     */
    public synchronized int requests() {
        return requests;
    }

    /**
     * The tare the scale holds.
     *
     * @return the tare in kilograms
     */
    public synchronized BigDecimal tare() {
        return tare;
    }

    @Override
    protected void onByte(int b) throws IOException {
        received.write(b);
        byte[] held = received.toByteArray();
        if (endsWith(held, protocol.weightRequest())) {
            received.reset();
            answer();
        } else if (endsWith(held, protocol.zeroCommand())) {
            received.reset();
            synchronized (this) {
                gross = BigDecimal.ZERO;
                tare = BigDecimal.ZERO;
            }
        } else if (endsWith(held, protocol.tareCommand())) {
            received.reset();
            synchronized (this) {
                tare = gross;
            }
        } else if (endsWith(held, protocol.clearTareCommand())) {
            received.reset();
            synchronized (this) {
                tare = BigDecimal.ZERO;
            }
        } else if (held.length > 64) {
            received.reset();
        }
    }

    private void answer() throws IOException {
        byte[] reply;
        synchronized (this) {
            requests++;
            if (unplugOnRequest != null) {
                Runnable pull = unplugOnRequest;
                unplugOnRequest = null;
                close();
                pull.run();
                return;
            }
            if (silent) {
                return;
            }
            if (garbleNext) {
                garbleNext = false;
                reply = new byte[] {0x7F, '#', 0x15, 'x', ScaleProtocol.CR};
            } else {
                reply = protocol.encode(current());
            }
        }
        link.output().write(reply);
        link.output().flush();
    }

    private ScaleReply current() {
        BigDecimal net = gross.subtract(tare);
        if (overload) {
            return ScaleReply.statusOnly(WeightStatus.OVERLOAD);
        }
        if (motion) {
            return ScaleReply.of(WeightStatus.MOTION, net);
        }
        return ScaleReply.of(net.signum() < 0 ? WeightStatus.NEGATIVE : WeightStatus.STABLE, net);
    }

    private static boolean endsWith(byte[] held, Optional<byte[]> command) {
        return command.isPresent() && endsWith(held, command.get());
    }

    private static boolean endsWith(byte[] held, byte[] command) {
        return held.length >= command.length
                && Arrays.equals(held, held.length - command.length, held.length, command, 0, command.length);
    }
}
