package mx.michangarrito.hardware.printer;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import mx.michangarrito.hardware.transport.Link;

/** A printer on a two-way byte link: TCP, serial, a USB device file, or the simulator. */
final class LinkChannel implements PrinterChannel {

    private final Link link;

    LinkChannel(Link link) {
        this.link = link;
    }

    @Override
    public boolean twoWay() {
        return true;
    }

    @Override
    public void send(byte[] bytes) throws IOException {
        OutputStream out = link.output();
        out.write(bytes);
        out.flush();
    }

    @Override
    public int query(int n, Duration timeout) throws IOException {
        InputStream in = link.input();
        while (in.available() > 0) {
            if (in.read() < 0) { // a late answer to an earlier query, or the end of the link
                throw new EOFException("The printer closed the connection");
            }
        }
        send(StatusBytes.request(n));
        link.readTimeout(timeout);
        int answer = in.read();
        if (answer < 0) {
            throw new EOFException("The printer closed the connection");
        }
        return answer;
    }

    @Override
    public void close() throws IOException {
        link.close();
    }
}
