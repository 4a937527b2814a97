package mx.michangarrito.cloud.http;

import java.net.InetSocketAddress;

import io.helidon.webserver.http.ServerRequest;

/**
 * The caller's address for per-IP limits: the TCP peer. Forwarded headers are not trusted, since any
 * client can write them; behind a load balancer use its PROXY protocol support instead.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(ServerRequest request) {
        if (request.remotePeer().address() instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return request.remotePeer().host();
    }
}
