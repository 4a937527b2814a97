package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Gives a read timeout to a stream that has none (a device file): a daemon thread reads the source
 * into a queue, and {@link #read()} waits on the queue at most the timeout, then throws
 * {@link InterruptedIOException}. End of stream and read errors reach the reader in order, after the
 * bytes that came before them.
 */
final class TimedInputStream extends InputStream {

    private static final int CAPACITY = 64 * 1024;

    /** One queued item: a byte (0..255), the end of the stream, or a failure. */
    private record Item(int value, IOException failure) {
        static final Item END = new Item(-1, null);
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread pump;
    private volatile long timeoutNanos;
    private volatile boolean closed;
    private Item terminal;

    TimedInputStream(InputStream source, String name, Duration timeout) {
        timeout(timeout);
        pump = Thread.ofPlatform().daemon().name(name).start(() -> pump(source));
    }

    void timeout(Duration timeout) {
        timeoutNanos = Links.positive(timeout).toNanos();
    }

    @Override
    public int read() throws IOException {
        if (terminal != null) {
            return finish();
        }
        Item item;
        try {
            item = queue.poll(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the device");
        }
        if (item == null) {
            throw new InterruptedIOException("no byte from the device within " + Duration.ofNanos(timeoutNanos));
        }
        if (item.value() < 0) {
            terminal = item;
            return finish();
        }
        return item.value();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        int first = read();
        if (first < 0) {
            return -1;
        }
        buffer[offset] = (byte) first;
        int count = 1;
        while (count < length) {
            Item next = queue.peek();
            if (next == null || next.value() < 0) {
                break;
            }
            queue.poll();
            buffer[offset + count++] = (byte) next.value();
        }
        return count;
    }

    @Override
    public int available() {
        return queue.size();
    }

    @Override
    public void close() {
        closed = true;
        pump.interrupt();
    }

    private int finish() throws IOException {
        if (terminal.failure() != null) {
            throw terminal.failure();
        }
        return -1;
    }

    private void pump(InputStream source) {
        byte[] buffer = new byte[512];
        try {
            while (!closed) {
                int n = source.read(buffer);
                if (n < 0) {
                    queue.put(Item.END);
                    return;
                }
                for (int i = 0; i < n; i++) {
                    queue.put(new Item(buffer[i] & 0xFF, null));
                }
            }
        } catch (IOException e) {
            if (!closed) {
                queue.offer(new Item(-1, e));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
