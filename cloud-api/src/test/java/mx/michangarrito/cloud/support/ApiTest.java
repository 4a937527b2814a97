package mx.michangarrito.cloud.support;

import org.junit.jupiter.api.AfterEach;

/**
 * A test of the HTTP API: a server on a loopback port for each test over a {@link TestCloud}, a client
 * and a {@link Shops} helper on it, all stopped after the test. Most tests use the
 * {@link TestCloud#shared() shared} cloud; tests that move the clock or test limits pass their own.
 */
public abstract class ApiTest {

    protected final TestCloud cloud;
    protected final Api api;
    protected final Shops shops;
    private final TestServer server;

    /** Over the shared cloud. */
    protected ApiTest() {
        this(TestCloud.shared());
    }

    /**
     * Over a cloud of the test's own.
     *
     * @param cloud e.g. {@code TestCloud.create(limits)}
     */
    protected ApiTest(TestCloud cloud) {
        this.cloud = cloud;
        this.server = new TestServer(cloud);
        this.api = server.api();
        this.shops = new Shops(api, cloud.otp());
    }

    @AfterEach
    final void stopServer() {
        server.close();
    }
}
