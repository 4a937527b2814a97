package mx.michangarrito.pos.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import mx.michangarrito.shared.sync.PushResponse;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.UpdateRequired;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** {@code POST /v1/sync/push} with OkHttp and the device credential as bearer token. */
final class OkHttpPushTransport implements PushTransport {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient client;
    private final HttpUrl url;
    private final String authorization;

    OkHttpPushTransport(SyncTarget target, Duration timeout) {
        Objects.requireNonNull(target, "target");
        this.url = Objects.requireNonNull(HttpUrl.get(target.cloudUrl().toString()).resolve(SyncSchema.PUSH_PATH),
                "push url");
        this.authorization = "Bearer " + target.deviceCredential();
        // No silent retries: the pusher decides when to send again (and a resend is harmless anyway).
        this.client = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout.multipliedBy(2))
                .build();
    }

    @Override
    public void cancel() {
        client.dispatcher().cancelAll();
    }

    @Override
    public PushAnswer push(byte[] requestJson) {
        Request request = new Request.Builder().url(url).header("Authorization", authorization)
                .header("Accept-Language", "es-MX").post(RequestBody.create(requestJson, JSON)).build();
        try (Response response = client.newCall(request).execute()) {
            int status = response.code();
            String body = response.body().string();
            if (status == 200) {
                return new PushAnswer.Answered(SyncJson.ANSWERS.readValue(body, PushResponse.class));
            }
            if (status == UpdateRequired.STATUS) {
                return new PushAnswer.MustUpdate(SyncJson.ANSWERS.readValue(body, UpdateRequired.class)
                        .minimumSchemaVersion());
            }
            if (status >= 500 || status == 408 || status == 429) {
                return new PushAnswer.Unreachable("HTTP " + status);
            }
            JsonNode problem = SyncJson.ANSWERS.readTree(body);
            return new PushAnswer.Refused(status, problem.path("code").asText("HTTP " + status),
                    problem.path("title").asText(""));
        } catch (IOException e) {
            // Includes a garbled or truncated answer: nothing was acknowledged, so sending again is right.
            return new PushAnswer.Unreachable(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
