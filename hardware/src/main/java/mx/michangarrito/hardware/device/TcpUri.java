package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_PORT;

/**
 * A device on the network, reached by a raw TCP socket: {@code tcp://192.168.1.50:9100},
 * {@code tcp://impresora.local}, {@code tcp://[fe80::1]:9100}. Two-way, so printer status can be read.
 *
 * @param host an IPv4 address, a DNS name or an IPv6 address (without brackets), kept in lower case
 * @param port 1 to 65535; {@value #DEFAULT_PORT} when the address gives none
 */
public record TcpUri(String host, int port) implements DeviceUri {

    /** The raw printing port of network receipt printers (JetDirect / "port 9100"). */
    public static final int DEFAULT_PORT = 9100;

    /**
     * Checks and normalizes the host; checks the port.
     *
     * @throws InvalidDeviceUriException if the host is empty or invalid, or the port is out of range
     */
    public TcpUri {
        host = HostName.normalize(host);
        if (port < 1 || port > 65535) {
            String text = Integer.toString(port);
            throw new InvalidDeviceUriException(INVALID_PORT, text, text);
        }
    }

    /**
     * A device on {@code host} at port {@value #DEFAULT_PORT}.
     *
     * @param host an IPv4 address, a DNS name or an IPv6 address (without brackets)
     */
    public TcpUri(String host) {
        this(host, DEFAULT_PORT);
    }

    /** @return {@code true}: a socket reads as well as writes */
    @Override
    public boolean twoWay() {
        return true;
    }

    /** @return {@code tcp://host:port}, an IPv6 host in brackets */
    @Override
    public String toString() {
        return "tcp://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
