package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import mx.michangarrito.hardware.device.TcpUri;

/** A TCP connection, as to a network printer's raw port 9100. */
final class TcpLink extends StreamLink<TcpUri> {

    private final Socket socket;

    private TcpLink(TcpUri uri, Socket socket) throws IOException {
        super(uri, socket.getInputStream(), socket.getOutputStream());
        this.socket = socket;
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
