package mx.michangarrito.cloud.http;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;

/**
 * Registers routes and remembers them as {@code "METHOD /path"}, so a test can hold the OpenAPI
 * document against what the server really serves.
 */
public final class Endpoints {

    private final Set<String> registered = new TreeSet<>();

    public Routes on(HttpRules rules) {
        return new Routes(rules);
    }

    /** Every route registered so far, e.g. {@code "GET /v1/me"}. */
    public Set<String> registered() {
        synchronized (registered) {
            return Collections.unmodifiableSet(new TreeSet<>(registered));
        }
    }

    /** Route registration for one {@code HttpService}. */
    public final class Routes {

        private final HttpRules rules;

        private Routes(HttpRules rules) {
            this.rules = rules;
        }

        public Routes get(String path, Handler handler) {
            remember("GET", path);
            rules.get(path, handler);
            return this;
        }

        public Routes post(String path, Handler handler) {
            remember("POST", path);
            rules.post(path, handler);
            return this;
        }

        public Routes put(String path, Handler handler) {
            remember("PUT", path);
            rules.put(path, handler);
            return this;
        }

        public Routes delete(String path, Handler handler) {
            remember("DELETE", path);
            rules.delete(path, handler);
            return this;
        }

        private void remember(String method, String path) {
            synchronized (registered) {
                registered.add(method + " " + path);
            }
        }
    }
}
