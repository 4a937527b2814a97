package mx.michangarrito.cloud.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem body. {@code code} is stable for programs; {@code title} is for people.
 *
 * @param type      URI naming the problem kind
 * @param title     human text in the caller's language (Spanish by default)
 * @param status    the HTTP status
 * @param code      stable machine code
 * @param requestId the request id, to find the server's log lines
 * @param choices   extra data of some problems (e.g. the shops to choose from), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String code, String requestId, Object choices) {
}
