package mx.michangarrito.cloud.http;

import java.util.List;
import java.util.Locale;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.observe.RequestContext;
import mx.michangarrito.shared.text.UserMessage;

/**
 * Turns every failure into RFC 9457 problem+json: {@link ApiException} with its own status and code,
 * Helidon's HTTP errors with theirs, anything else as a 500 whose details only go to the log.
 */
public final class ProblemHandlers {

    public static final String BUNDLE = "mx.michangarrito.cloud.messages";
    private static final System.Logger LOG = System.getLogger(ProblemHandlers.class.getName());

    private ProblemHandlers() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, (req, res, e) -> send(req, res, e.status(), e.code(), e.args(), null))
                .error(ChoiceRequired.class, (req, res, e) ->
                        send(req, res, Status.CONFLICT_409, e.code(), List.of(), e.choices()))
                .error(HttpException.class, (req, res, e) -> send(req, res, e.status(),
                        codeFor(e.status()), List.of(), null))
                .error(Exception.class, (req, res, e) -> {
                    LOG.log(System.Logger.Level.ERROR, "unexpected failure answering " + req.prologue().method().text()
                            + " " + req.path().path(), e);
                    send(req, res, Status.INTERNAL_SERVER_ERROR_500, "internal", List.of(), null);
                });
    }

    private static String codeFor(Status status) {
        return switch (status.code()) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "request.too_large";
            case 400 -> "request.malformed";
            default -> status.code() >= 500 ? "internal" : "request.refused";
        };
    }

    /** A problem's title in the caller's language (English with {@code Accept-Language: en}, else Spanish). */
    public static String title(ServerRequest req, String code, List<Object> args) {
        Locale locale = req.headers().first(HeaderNames.ACCEPT_LANGUAGE)
                .filter(v -> v.strip().toLowerCase(Locale.ROOT).startsWith("en"))
                .map(v -> Locale.ENGLISH).orElse(UserMessage.ES_MX);
        return new UserMessage(BUNDLE, code, args).format(locale);
    }

    /** The URI naming a problem kind. */
    public static String type(String code) {
        return "https://michangarrito.mx/problems/" + code;
    }

    static void send(ServerRequest req, ServerResponse res, Status status, String code, List<Object> args,
                     Object choices) {
        if (res.isSent()) {
            return;
        }
        String title = title(req, code, args);
        String requestId = RequestContext.current().map(RequestContext::requestId).orElse(null);
        Json.sendProblem(res, new Problem(type(code), title, status.code(), code,
                requestId, choices));
    }
}
