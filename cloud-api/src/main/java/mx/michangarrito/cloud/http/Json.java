package mx.michangarrito.cloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.common.buffers.DataReader;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** JSON in and out of handlers, with malformed input answered as a 400 problem, never a 500. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final ApiException TOO_LARGE = new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413,
            "request.too_large");

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The request body as {@code type}; a missing, malformed or oversized body is a 4xx problem. */
    public static <T> T read(ServerRequest request, Class<T> type) {
        return read(request, in -> MAPPER.readValue(in, type));
    }

    /** The request body as a tree, for handlers that look at one field before choosing the type. */
    public static JsonNode readTree(ServerRequest request) {
        return read(request, in -> {
            // Exact decimals (stock quantities): no detour through double, trailing zeros kept.
            JsonNode node = MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(in);
            return node == null || node.isMissingNode() || node.isNull() ? null : node;
        });
    }

    /** A tree read by {@link #readTree} as {@code type}, with the same 400 problems as {@link #read}. */
    public static <T> T convert(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("request.unknown_field", e.getPropertyName());
        } catch (InvalidTypeIdException e) {
            throw ApiException.badRequest("request.unknown_type", e.getTypeId());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badRequest("request.malformed_json");
        }
    }

    private interface BodyReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(ServerRequest request, BodyReader<T> reader) {
        if (!request.content().hasEntity()) {
            throw ApiException.badRequest("request.body_missing");
        }
        try (InputStream in = request.content().inputStream()) {
            T value = reader.read(in);
            if (value == null) {
                throw ApiException.badRequest("request.body_missing");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("request.unknown_field", e.getPropertyName());
        } catch (InvalidTypeIdException e) {
            throw ApiException.badRequest("request.unknown_type", e.getTypeId());
        } catch (JsonProcessingException e) {
            throw tooLarge(e) ? TOO_LARGE : ApiException.badRequest("request.malformed_json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (tooLarge(e)) {
                throw TOO_LARGE;
            }
            if (e instanceof DataReader.InsufficientDataAvailableException) {
                // The client went away in the middle of its body (a dropped connection): a 400 nobody will
                // read, not a server failure to log as one.
                throw ApiException.badRequest("request.malformed");
            }
            throw e;
        }
    }

    /** True if reading stopped because a chunked body passed the server's max-payload-size. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.status().code() == 413
                    || t instanceof RequestException request && request.status().code() == 413) {
                return true;
            }
        }
        return false;
    }

    /** Sends {@code body} as JSON with {@code status}. */
    public static void send(ServerResponse response, Status status, Object body) {
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(body);
            response.status(status).header(HeaderValues.CONTENT_TYPE_JSON).send(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable: " + body.getClass(), e);
        }
    }

    /** Sends a problem+json body. */
    static void sendProblem(ServerResponse response, Problem problem) {
        sendProblem(response, problem.status(), problem);
    }

    /** Sends a problem+json body of another shape than {@link Problem} (one with extra members). */
    public static void sendProblem(ServerResponse response, int status, Object problem) {
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(problem);
            response.status(Status.create(status))
                    .header(HeaderNames.CONTENT_TYPE, "application/problem+json")
                    .send(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }
}
