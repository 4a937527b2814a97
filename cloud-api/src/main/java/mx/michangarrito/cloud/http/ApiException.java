package mx.michangarrito.cloud.http;

import java.util.List;
import java.util.Objects;

import io.helidon.http.Status;

/**
 * A refusal the client caused, answered as problem+json with {@code status}, a stable {@code code} (also
 * the message key of {@code mx.michangarrito.cloud.messages}) and the text in the caller's language.
 */
public final class ApiException extends RuntimeException {

    private final Status status;
    private final String code;
    private final transient List<Object> args;

    public ApiException(Status status, String code, Object... args) {
        super(code, null, false, false);
        this.status = Objects.requireNonNull(status, "status");
        this.code = Objects.requireNonNull(code, "code");
        this.args = List.of(args);
    }

    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(Status.BAD_REQUEST_400, code, args);
    }

    public static ApiException notFound() {
        return new ApiException(Status.NOT_FOUND_404, "not_found");
    }

    public static ApiException unauthorized(String code) {
        return new ApiException(Status.UNAUTHORIZED_401, code);
    }

    public static ApiException forbidden() {
        return new ApiException(Status.FORBIDDEN_403, "forbidden");
    }

    public static ApiException tooManyRequests() {
        return new ApiException(Status.TOO_MANY_REQUESTS_429, "rate_limited");
    }

    public Status status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
