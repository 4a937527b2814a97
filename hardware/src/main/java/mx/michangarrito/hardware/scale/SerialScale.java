package mx.michangarrito.hardware.scale;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.hardware.device.AbstractDevice;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceKind;
import mx.michangarrito.hardware.device.DeviceState;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.HealthReport;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.device.WeightRead;
import mx.michangarrito.hardware.text.HardwareMessage;
import mx.michangarrito.hardware.transport.Link;
import mx.michangarrito.hardware.transport.LinkOpener;
import mx.michangarrito.hardware.transport.Links;
import mx.michangarrito.hardware.transport.ReconnectingLink;

/**
 * A scale on a serial port, asked for its weight on demand. One request at a time; the answer must
 * come within {@code answerTimeout}. A lost port is reported once ({@link Disconnected}) and reopened on
 * the next request ({@link Reconnected}).
 */
public final class SerialScale extends AbstractDevice implements Scale {

    private static final System.Logger LOG = System.getLogger(SerialScale.class.getName());
    static final String BUNDLE = "mx.michangarrito.hardware.scale.messages";
    private static final int MAX_REPLY = 64;
    /**
     * The link's read timeout, set once when it is opened: jSerialComm cannot change the timeout of an
     * open pty with parity (EINVAL), so waits longer than this are loops of short reads to a deadline.
     */
    private static final Duration POLL = Duration.ofMillis(100);

    private final ScaleProtocol protocol;
    private final ReconnectingLink link;
    private final Duration answerTimeout;

    /**
     * A scale on a port opened by address.
     *
     * @param name          the configured name, e.g. {@code "scale"}
     * @param uri           the port; use the protocol's {@link ScaleProtocol#serialSettings() settings}
     * @param protocol      what the scale speaks
     * @param clock         time source for events
     * @param answerTimeout how long to wait for an answer
     */
    public SerialScale(String name, DeviceUri uri, ScaleProtocol protocol, Clock clock, Duration answerTimeout) {
        this(name, uri, protocol, Links.opener(uri), clock, answerTimeout);
    }

    /**
     * A scale whose link comes from {@code opener} (a simulator in demo mode).
     *
     * @param name          the configured name
     * @param uri           the address shown to people
     * @param protocol      what the scale speaks
     * @param opener        opens (and reopens) the link
     * @param clock         time source for events
     * @param answerTimeout how long to wait for an answer
     */
    public SerialScale(String name, DeviceUri uri, ScaleProtocol protocol, LinkOpener opener, Clock clock,
            Duration answerTimeout) {
        super(name, DeviceKind.SCALE, uri, clock);
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.link = new ReconnectingLink(opener, POLL);
        this.answerTimeout = Objects.requireNonNull(answerTimeout, "answerTimeout");
    }

    @Override
    public ScaleProtocol protocol() {
        return protocol;
    }

    @Override
    public synchronized WeightRead readWeight() {
        ScaleReply reply = exchange(protocol.weightRequest());
        WeightRead read = new WeightRead(name(), clock().instant(), reply.status(), reply.kilograms());
        emit(read);
        return read;
    }

    @Override
    public void zero() {
        command(protocol.zeroCommand(), "scale.zeroNotSupported");
    }

    @Override
    public void tare() {
        command(protocol.tareCommand(), "scale.tareNotSupported");
    }

    @Override
    public void clearTare() {
        command(protocol.clearTareCommand(), "scale.clearTareNotSupported");
    }

    @Override
    protected synchronized void onClaim(Duration timeout) throws IOException {
        link.open(POLL);
    }

    @Override
    protected synchronized void onRelease() throws IOException {
        link.close();
    }

    @Override
    protected HealthReport probeHealth() {
        synchronized (this) {
            if (state() != DeviceState.ENABLED) {
                return new HealthReport(DeviceHealth.UNKNOWN, text("scale.notEnabled"), clock().instant());
            }
            try {
                exchange(protocol.weightRequest());
            } catch (DeviceException e) {
                return new HealthReport(DeviceHealth.FAILED, e.userMessage(), clock().instant());
            }
            return new HealthReport(DeviceHealth.OK, text("scale.ready"), clock().instant());
        }
    }

    private synchronized void command(Optional<byte[]> bytes, String notSupportedKey) {
        byte[] command = bytes.orElseThrow(() -> new DeviceException(text(notSupportedKey, protocol.id())));
        Link current = usableLink();
        try {
            current.output().write(command);
            current.output().flush();
        } catch (IOException e) {
            throw linkLost(current, e);
        }
    }

    private ScaleReply exchange(byte[] request) {
        Link current = usableLink();
        byte[] frame;
        try {
            drain(current);
            current.output().write(request);
            current.output().flush();
        } catch (IOException e) {
            throw linkLost(current, e); // a write that times out is a port that is gone, too
        }
        try {
            frame = readFrame(current);
        } catch (InterruptedIOException e) {
            HardwareMessage message = text("scale.noAnswer");
            reportHealth(new HealthReport(DeviceHealth.FAILED, message, clock().instant()));
            throw new DeviceException(message, e);
        } catch (IOException e) {
            throw linkLost(current, e);
        }
        try {
            ScaleReply reply = protocol.decode(frame);
            reportHealth(new HealthReport(DeviceHealth.OK, text("scale.ready"), clock().instant()));
            return reply;
        } catch (MalformedReplyException e) {
            LOG.log(Level.WARNING, () -> "Scale " + name() + " sent a reply " + protocol.id() + " cannot read", e);
            throw new DeviceException(text("scale.garbled", protocol.id()), e);
        }
    }

    /** The bytes up to CR, read within the answer timeout; bytes of an earlier late reply were drained. */
    private byte[] readFrame(Link current) throws IOException {
        long deadline = System.nanoTime() + answerTimeout.toNanos();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        InputStream in = current.input();
        byte[] one = new byte[1];
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new InterruptedIOException("no CR from the scale within " + answerTimeout);
            }
            int b;
            try {
                b = in.read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            } catch (InterruptedIOException poll) {
                continue;
            }
            if (b < 0) {
                throw new EOFException("end of stream from " + uri());
            }
            if (b == ScaleProtocol.CR) {
                return frame.toByteArray();
            }
            if (frame.size() >= MAX_REPLY) {
                return frame.toByteArray(); // no CR: let the codec refuse it
            }
            frame.write(b);
        }
    }

    private static void drain(Link current) throws IOException {
        InputStream in = current.input();
        int available = in.available();
        if (available > 0) {
            in.skip(available);
        }
    }

    private Link usableLink() {
        if (state() != DeviceState.ENABLED) {
            throw new DeviceException(message("device.notClaimed"));
        }
        try {
            return link.usable(() -> emit(new Reconnected(name(), clock().instant())));
        } catch (IOException e) {
            throw new DeviceException(text("scale.disconnected"), e);
        }
    }

    private DeviceException linkLost(Link current, IOException cause) {
        LOG.log(Level.WARNING, () -> "Scale " + name() + " (" + uri() + ") lost its link", cause);
        HardwareMessage message = text("scale.disconnected");
        link.lost(current, () -> {
            emit(new Disconnected(name(), clock().instant(), message));
            reportHealth(new HealthReport(DeviceHealth.FAILED, message, clock().instant()));
        });
        return new DeviceException(message, cause);
    }

    private HardwareMessage text(String key, Object... more) {
        return bundleMessage(BUNDLE, key, more);
    }
}
