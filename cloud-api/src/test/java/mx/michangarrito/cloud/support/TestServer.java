package mx.michangarrito.cloud.support;

import java.net.URI;

import io.helidon.webserver.WebServer;

/** A server on a random loopback port for a test's own {@link TestCloud} (own clock or limits). */
public final class TestServer implements AutoCloseable {

    private final WebServer server;
    private final Api api;

    public TestServer(TestCloud cloud) {
        this.server = WebServer.builder().host("127.0.0.1").port(0).shutdownHook(false)
                .update(cloud.cloud()::features).routing(cloud.cloud()::routing).build().start();
        this.api = new Api(URI.create("http://127.0.0.1:" + server.port()));
    }

    public Api api() {
        return api;
    }

    @Override
    public void close() {
        api.close();
        server.stop();
    }
}
