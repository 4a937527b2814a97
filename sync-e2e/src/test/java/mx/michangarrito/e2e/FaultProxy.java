package mx.michangarrito.e2e;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback between terminals and the cloud that understands just enough HTTP/1.1 to find
 * where each request and answer ends, and that, while faults are on, picks a fault for each request:
 * the connection dropped halfway through the request (the cloud sees a truncated body), the answer cut
 * halfway (the cloud committed, the terminal never hears it), delays on both legs, the same request bytes
 * sent a second time on another connection, or a TCP reset before or after the cloud processed it.
 * Each request goes to the cloud on a fresh connection; the terminal's connection is kept alive as the
 * cloud would keep it.
 */
final class FaultProxy implements AutoCloseable {

    /** What happens to one request. */
    enum Fault {
        NONE, DELAY, DROP_MID_REQUEST, DROP_MID_RESPONSE, DUPLICATE, RESET_BEFORE, RESET_AFTER
    }

    private static final int TIMEOUT_MS = 30_000;
    /** Weights of the faults while faults are on, in {@link Fault} order. */
    private static final int[] WEIGHTS = {40, 14, 10, 12, 10, 7, 7};

    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final SplittableRandom random;
    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean faulty;
    private volatile boolean down;
    private volatile boolean open = true;
    private final Thread acceptor;

    FaultProxy(URI cloud, long seed) throws IOException {
        this.upstream = new InetSocketAddress(cloud.getHost(), cloud.getPort());
        this.random = new SplittableRandom(seed);
        for (Fault f : Fault.values()) {
            injected.put(f, new AtomicLong());
        }
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofPlatform().daemon().name("fault-proxy").start(this::acceptLoop);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Turns fault injection on or off for the requests that start from now on. */
    void faults(boolean on) {
        faulty = on;
    }

    /** While down, every connection is reset as soon as it is accepted: the cloud is unreachable. */
    void down(boolean unreachable) {
        down = unreachable;
    }

    /** How many requests got each fault (NONE counts the clean ones while faults were on, too). */
    Map<Fault, Long> injected() {
        Map<Fault, Long> copy = new EnumMap<>(Fault.class);
        injected.forEach((f, n) -> copy.put(f, n.get()));
        return copy;
    }

    long requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (open) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().name("fault-proxy-conn").start(() -> serve(client));
            } catch (IOException e) {
                if (open) {
                    System.err.println("fault proxy: accept failed: " + e);
                }
            }
        }
    }

    private Fault pick() {
        if (!faulty) {
            return Fault.NONE;
        }
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int r;
        synchronized (random) {
            r = random.nextInt(total);
        }
        for (Fault f : Fault.values()) {
            r -= WEIGHTS[f.ordinal()];
            if (r < 0) {
                return f;
            }
        }
        throw new AssertionError();
    }

    private int nextInt(int origin, int bound) {
        synchronized (random) {
            return random.nextInt(origin, bound);
        }
    }

    private void serve(Socket client) {
        try (client) {
            if (down) {
                reset(client);
                return;
            }
            client.setSoTimeout(TIMEOUT_MS);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (open) {
                byte[] head = readHead(in);
                if (head == null || down) {
                    reset(client);
                    return;
                }
                requests.incrementAndGet();
                Fault fault = pick();
                if (faulty || fault != Fault.NONE) {
                    injected.get(fault).incrementAndGet();
                }
                long length = contentLength(head);
                if (fault == Fault.DROP_MID_REQUEST) {
                    byte[] part = in.readNBytes(length > 1 ? nextInt(0, (int) length) : 0);
                    try (Socket up = connect()) {
                        up.getOutputStream().write(concat(head, part));
                        up.getOutputStream().flush();
                    }
                    return;
                }
                byte[] request = concat(head, in.readNBytes((int) length));
                if (fault == Fault.RESET_BEFORE) {
                    reset(client);
                    return;
                }
                if (fault == Fault.DELAY) {
                    Thread.sleep(nextInt(20, 250));
                }
                Thread duplicate = fault == Fault.DUPLICATE
                        ? Thread.ofVirtual().start(() -> exchangeQuietly(request)) : null;
                byte[] response = exchange(request);
                if (duplicate != null) {
                    duplicate.join();
                }
                if (fault == Fault.DELAY) {
                    Thread.sleep(nextInt(20, 250));
                }
                if (fault == Fault.DROP_MID_RESPONSE) {
                    out.write(response, 0, nextInt(1, response.length));
                    out.flush();
                    return;
                }
                if (fault == Fault.RESET_AFTER) {
                    reset(client);
                    return;
                }
                out.write(response);
                out.flush();
                if (header(response, "connection").equalsIgnoreCase("close")) {
                    return;
                }
            }
        } catch (IOException e) {
            // the terminal or the cloud went away: the terminal retries on a new connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Socket connect() throws IOException {
        Socket up = new Socket();
        up.connect(upstream, TIMEOUT_MS);
        up.setSoTimeout(TIMEOUT_MS);
        return up;
    }

    /** Sends one request to the cloud on its own connection and returns the whole answer. */
    private byte[] exchange(byte[] request) throws IOException {
        try (Socket up = connect()) {
            up.getOutputStream().write(request);
            up.getOutputStream().flush();
            InputStream in = new BufferedInputStream(up.getInputStream());
            byte[] head = readHead(in);
            if (head == null) {
                throw new IOException("the cloud closed without answering");
            }
            if (header(head, "transfer-encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
                return concat(head, readChunked(in));
            }
            String length = header(head, "content-length");
            return concat(head, length.isEmpty() ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length)));
        }
    }

    private void exchangeQuietly(byte[] request) {
        try {
            exchange(request);
        } catch (IOException e) {
            // the duplicate's answer is thrown away anyway
        }
    }

    private static void reset(Socket socket) throws SocketException {
        socket.setSoLinger(true, 0);
    }

    /** The request or status line and headers up to and including the blank line; null at a clean end. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int last4 = 0;
        while (last4 != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new IOException("connection closed inside a message head");
            }
            head.write(b);
            last4 = last4 << 8 | b;
        }
        return head.toByteArray();
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            raw.writeBytes((sizeLine + "\r\n").getBytes(StandardCharsets.US_ASCII));
            int size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                for (String trailer = readLine(in); ; trailer = readLine(in)) {
                    raw.writeBytes((trailer + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    if (trailer.isEmpty()) {
                        return raw.toByteArray();
                    }
                }
            }
            raw.writeBytes(in.readNBytes(size + 2));
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed inside a chunk");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static long contentLength(byte[] head) throws IOException {
        String value = header(head, "content-length");
        if (header(head, "transfer-encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
            throw new IOException("chunked requests are not expected from the terminal");
        }
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    /** The value of header {@code name} (lower case) in a message head, or "". */
    private static String header(byte[] message, String name) {
        String text = new String(message, 0, Math.min(message.length, 8_192), StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        for (String line : (end < 0 ? text : text.substring(0, end)).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
