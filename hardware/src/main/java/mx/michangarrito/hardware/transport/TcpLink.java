package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import mx.michangarrito.hardware.device.TcpUri;

/** A TCP connection, as to a network printer's raw port 9100. */
final class TcpLink implements Link {

    private final TcpUri uri;
    private final Socket socket;
    private final InputStream input;
    private final OutputStream output;

    private TcpLink(TcpUri uri, Socket socket) throws IOException {
        this.uri = uri;
        this.socket = socket;
        this.input = socket.getInputStream();
        this.output = socket.getOutputStream();
    }

    static TcpLink connect(TcpUri uri, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(uri.host(), uri.port()), Links.millis(timeout));
            socket.setSoTimeout(Links.millis(timeout));
            return new TcpLink(uri, socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public TcpUri uri() {
        return uri;
    }

    @Override
    public InputStream input() {
        return input;
    }

    @Override
    public OutputStream output() {
        return output;
    }

    @Override
    public void readTimeout(Duration timeout) throws IOException {
        socket.setSoTimeout(Links.millis(timeout));
    }

    @Override
    public boolean isOpen() {
        return !socket.isClosed();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
