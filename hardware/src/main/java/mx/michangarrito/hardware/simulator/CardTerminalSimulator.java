package mx.michangarrito.hardware.simulator;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mx.michangarrito.hardware.payment.Concert;
import mx.michangarrito.hardware.payment.ConcertFrameException;
import mx.michangarrito.hardware.payment.ConcertRequest;
import mx.michangarrito.hardware.payment.ConcertResponse;
import mx.michangarrito.hardware.transport.Link;

/**
 * An Ingenico terminal in Concert mode (protocol E) on the device end of a link: acknowledges the POS's
 * ENQ and request, then announces and sends its answer according to the {@link TerminalBehaviour} set
 * by the test or the demo.
 */
public final class CardTerminalSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CardTerminalSimulator.class.getName());
    private static final Duration STEP = Duration.ofSeconds(2);
    /** A test card: the driver must mask all but the last four digits. */
    public static final String CARD = "4152313400001234";

    private final Link link;
    private final Thread thread;
    private final List<ConcertRequest> requests = new ArrayList<>();
    private volatile boolean running = true;
    private volatile TerminalBehaviour behaviour = TerminalBehaviour.APPROVE;
    private volatile String authorisation = "A1B2C3";
    private volatile Runnable cablePull = () -> { };
    private int naksReceived;

    private CardTerminalSimulator(Link link) {
        this.link = Objects.requireNonNull(link, "link");
        this.thread = Thread.ofPlatform().daemon().name("card terminal simulator").unstarted(this::serve);
    }

    /**
     * A terminal that approves everything, until told otherwise.
     *
     * @param link the device end of a link; its read timeout should be short (it is polled)
     * @return the running simulator
     */
    public static CardTerminalSimulator start(Link link) {
        CardTerminalSimulator simulator = new CardTerminalSimulator(link);
        simulator.thread.start();
        return simulator;
    }

    /**
     * Changes how the next transactions are handled.
     *
     * @param next the behaviour
     */
    public void behave(TerminalBehaviour next) {
        behaviour = Objects.requireNonNull(next, "next");
    }

    /**
     * Sets the reference sent with approvals.
     *
     * @param reference the authorisation reference for the private field (up to 10 characters)
     */
    public void authorisation(String reference) {
        authorisation = Objects.requireNonNull(reference, "reference");
    }

    /**
     * Sets what pulling the cable also does, for {@link TerminalBehaviour#DISCONNECT_AFTER_REQUEST}.
     *
     * @param pull e.g. stopping the pty pair, so the driver's port disappears too
     */
    public void onCablePull(Runnable pull) {
        cablePull = Objects.requireNonNull(pull, "pull");
    }

    /**
     * The valid requests received so far.
     *
     * @return the requests, oldest first
     */
    public synchronized List<ConcertRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * How many NAKs the POS sent for broken answers.
     *
     * @return the count
     */
    public synchronized int naksReceived() {
        return naksReceived;
    }

    /**
     * Whether the simulator's thread still runs.
     *
     * @return false once closed or the link is gone
     */
    public boolean running() {
        return thread.isAlive();
    }

    @Override
    public void close() throws IOException {
        running = false;
        link.close();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(STEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void serve() {
        try {
            while (running) {
                int b = read();
                if (b == Concert.ENQ && behaviour != TerminalBehaviour.IGNORE_ENQ) {
                    session();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (running) {
                LOG.log(Level.DEBUG, () -> "card terminal simulator stopped: " + e);
            }
        }
    }

    private void session() throws IOException {
        TerminalBehaviour now = behaviour;
        write(Concert.ACK);
        ConcertRequest request = null;
        long deadline = System.nanoTime() + STEP.toNanos();
        while (request == null && System.nanoTime() - deadline < 0) {
            byte[] frame = readFrame();
            if (frame == null) {
                return;
            }
            if (now == TerminalBehaviour.NAK_REQUESTS) {
                write(Concert.NAK);
                continue;
            }
            try {
                request = ConcertRequest.decode(frame);
            } catch (ConcertFrameException e) {
                write(Concert.NAK);
            }
        }
        if (request == null) {
            return;
        }
        write(Concert.ACK);
        synchronized (this) {
            requests.add(request);
        }
        awaitByte(Concert.EOT);
        switch (now) {
            case DISCONNECT_AFTER_REQUEST -> {
                close();
                cablePull.run();
            }
            case NO_RESULT -> {
                // the customer walked away: nothing more is sent
            }
            default -> answer(request, now);
        }
    }

    private void answer(ConcertRequest request, TerminalBehaviour now) throws IOException {
        write(Concert.ENQ);
        if (!awaitByte(Concert.ACK)) {
            return;
        }
        char status = switch (now) {
            case DECLINE -> '7';
            case NOT_VERIFIED -> '9';
            default -> '0';
        };
        boolean approved = status == '0';
        byte[] good = new ConcertResponse(request.posNumber(), status, request.amountCentavos(), '1',
                approved ? CARD : "", ConcertRequest.MXN, approved ? authorisation : "").encode();
        int broken = switch (now) {
            case GARBLE_ALWAYS -> Integer.MAX_VALUE;
            case GARBLE_ONCE -> 1;
            default -> 0;
        };
        for (int sent = 0; sent < 10; sent++) {
            byte[] frame = good.clone();
            if (sent < broken) {
                frame[frame.length - 1] ^= 0x5A; // wrong LRC
            }
            write(frame);
            int reply = awaitAckOrNak();
            if (reply == Concert.NAK) {
                synchronized (this) {
                    naksReceived++;
                }
                continue;
            }
            break;
        }
        write(Concert.EOT);
    }

    private int awaitAckOrNak() throws IOException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            int b = read();
            if (b == Concert.ACK || b == Concert.NAK) {
                return b;
            }
        }
        return -2;
    }

    private boolean awaitByte(byte expected) throws IOException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (read() == expected) {
                return true;
            }
        }
        return false;
    }

    private byte[] readFrame() throws IOException {
        long deadline = System.nanoTime() + STEP.toNanos();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        boolean etx = false;
        while (System.nanoTime() - deadline < 0) {
            int b = read();
            if (frame.size() == 0 && b == Concert.EOT) {
                return null; // the POS gave the session up
            }
            if (b < 0 || (frame.size() == 0 && b != Concert.STX)) {
                continue;
            }
            frame.write(b);
            if (etx) {
                return frame.toByteArray();
            }
            etx = b == Concert.ETX;
        }
        return null;
    }

    /** One byte, or -2 after a poll with nothing. */
    private int read() throws IOException {
        byte[] one = new byte[1];
        try {
            if (link.input().read(one, 0, 1) < 0) {
                throw new EOFException("the POS end is gone");
            }
            return one[0] & 0xFF;
        } catch (InterruptedIOException poll) {
            return -2;
        }
    }

    private void write(byte control) throws IOException {
        write(new byte[] {control});
    }

    private void write(byte[] bytes) throws IOException {
        link.output().write(bytes);
        link.output().flush();
    }
}
