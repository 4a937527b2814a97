package mx.michangarrito.hardware.payment;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import mx.michangarrito.hardware.transport.Link;

/**
 * The POS side of one Concert exchange: {@code ENQ → ACK}, request {@code → ACK}, {@code EOT}; then the
 * terminal's {@code ENQ → ACK}, answer {@code → ACK} (or NAK and again), {@code EOT}. Waits are loops of
 * the link's short read timeout up to a deadline, so a cancel is seen within one poll.
 */
final class ConcertSession {

    private static final System.Logger LOG = System.getLogger(ConcertSession.class.getName());
    private static final int MAX_FRAME = 256;
    private static final int TIMEOUT = -2;
    private static final int CANCELLED = -3;

    private final Link link;
    private final ConcertTimings timings;

    ConcertSession(Link link, ConcertTimings timings) {
        this.link = link;
        this.timings = timings;
    }

    ConcertResponse run(ConcertRequest request, BooleanSupplier cancelled) throws IOException, ConcertFailure {
        drainStaleBytes();
        handOver(new byte[] {Concert.ENQ}, ConcertFailure.Kind.NO_ANSWER, cancelled);
        handOver(request.encode(), ConcertFailure.Kind.REFUSED_REQUEST, cancelled);
        send(Concert.EOT);
        awaitResultAnnounced(cancelled);
        send(Concert.ACK);
        ConcertResponse response = receiveAnswer();
        awaitByte(Concert.EOT, timings.ackTimeout()); // a missing EOT does not change the outcome
        return response;
    }

    /** Sends {@code bytes} until the terminal ACKs them; a NAK or silence means send again. */
    private void handOver(byte[] bytes, ConcertFailure.Kind failure, BooleanSupplier cancelled)
            throws IOException, ConcertFailure {
        for (int attempt = 1; attempt <= timings.maxAttempts(); attempt++) {
            write(bytes);
            int reply = awaitAckOrNak(timings.ackTimeout(), cancelled);
            if (reply == CANCELLED) {
                send(Concert.EOT);
                throw new ConcertFailure(ConcertFailure.Kind.CANCELLED, "cancelled before the terminal took the request");
            }
            if (reply == Concert.ACK) {
                return;
            }
            int tried = attempt;
            LOG.log(Level.DEBUG, () -> "Concert: " + (reply == Concert.NAK ? "NAK" : "no answer") + " on attempt " + tried);
        }
        send(Concert.EOT); // give the session up, so the terminal goes back to waiting for ENQ
        throw new ConcertFailure(failure, timings.maxAttempts() + " attempts");
    }

    private void awaitResultAnnounced(BooleanSupplier cancelled) throws IOException, ConcertFailure {
        long deadline = System.nanoTime() + timings.resultTimeout().toNanos();
        while (true) {
            if (cancelled.getAsBoolean()) {
                send(Concert.EOT);
                throw new ConcertFailure(ConcertFailure.Kind.CANCELLED, "cancelled at the POS");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new ConcertFailure(ConcertFailure.Kind.NO_RESULT, "no ENQ within " + timings.resultTimeout());
            }
            if (readByte() == Concert.ENQ) {
                return;
            }
        }
    }

    private ConcertResponse receiveAnswer() throws IOException, ConcertFailure {
        String last = "nothing";
        for (int attempt = 1; attempt <= timings.maxAttempts(); attempt++) {
            byte[] frame = readFrame();
            if (frame != null) {
                try {
                    ConcertResponse response = ConcertResponse.decode(frame);
                    send(Concert.ACK);
                    return response;
                } catch (ConcertFrameException e) {
                    last = e.getMessage();
                }
            }
            send(Concert.NAK);
        }
        throw new ConcertFailure(ConcertFailure.Kind.GARBLED_RESULT, last);
    }

    /** STX … ETX LRC, or null if none arrived within the ACK timeout. */
    private byte[] readFrame() throws IOException {
        long deadline = System.nanoTime() + timings.ackTimeout().toNanos();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        boolean started = false;
        boolean etxSeen = false;
        while (System.nanoTime() - deadline < 0) {
            int b = readByte();
            if (b == TIMEOUT) {
                continue;
            }
            if (!started) {
                started = b == Concert.STX;
                if (started) {
                    frame.write(b);
                }
                continue;
            }
            frame.write(b);
            if (etxSeen) {
                return frame.toByteArray();
            }
            etxSeen = b == Concert.ETX;
            if (frame.size() > MAX_FRAME) {
                return frame.toByteArray();
            }
        }
        return null;
    }

    private int awaitAckOrNak(Duration timeout, BooleanSupplier cancelled) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (cancelled.getAsBoolean()) {
                return CANCELLED;
            }
            int b = readByte();
            if (b == Concert.ACK || b == Concert.NAK) {
                return b;
            }
        }
        return TIMEOUT;
    }

    private void awaitByte(byte expected, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (readByte() == expected) {
                return;
            }
        }
    }

    /** One byte, or {@link #TIMEOUT} after one poll; end of stream is a lost link. */
    private int readByte() throws IOException {
        InputStream in = link.input();
        byte[] one = new byte[1];
        try {
            if (in.read(one, 0, 1) < 0) {
                throw new EOFException("end of stream from " + link.uri());
            }
            return one[0] & 0xFF;
        } catch (InterruptedIOException poll) {
            if (Thread.currentThread().isInterrupted()) {
                throw poll;
            }
            return TIMEOUT;
        }
    }

    private void drainStaleBytes() throws IOException {
        InputStream in = link.input();
        int available = in.available();
        if (available > 0) {
            in.skip(available);
        }
    }

    private void send(byte control) throws IOException {
        write(new byte[] {control});
    }

    private void write(byte[] bytes) throws IOException {
        OutputStream out = link.output();
        out.write(bytes);
        out.flush();
    }
}
