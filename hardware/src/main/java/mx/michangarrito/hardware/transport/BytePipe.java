package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/** A bounded in-memory byte queue with a read timeout; one writer end, one reader end. */
final class BytePipe {

    private static final int CAPACITY = 64 * 1024;

    private final byte[] buffer = new byte[CAPACITY];
    private int head;
    private int size;
    private boolean closed;

    synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = 0; i < length; i++) {
            while (size == CAPACITY && !closed) {
                waitQuietly(0);
            }
            if (closed) {
                throw new IOException("the other end of the link is closed");
            }
            buffer[(head + size) % CAPACITY] = bytes[offset + i];
            size++;
        }
        notifyAll();
    }

    /** Up to {@code length} bytes, waiting at most {@code timeout} for the first; -1 once closed and drained. */
    synchronized int read(byte[] into, int offset, int length, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (size == 0 && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new InterruptedIOException("no byte from the device within " + timeout);
            }
            waitQuietly(Math.max(1, left / 1_000_000));
        }
        if (size == 0) {
            return -1;
        }
        int count = Math.min(length, size);
        for (int i = 0; i < count; i++) {
            into[offset + i] = buffer[head];
            head = (head + 1) % CAPACITY;
        }
        size -= count;
        notifyAll();
        return count;
    }

    synchronized int available() {
        return size;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private void waitQuietly(long millis) throws InterruptedIOException {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting on the link");
        }
    }
}
