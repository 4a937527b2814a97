package mx.michangarrito.pos.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.UpdateRequired;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The pull's GET requests with OkHttp and the device credential as bearer token. */
final class OkHttpPullTransport implements PullTransport {

    private final OkHttpClient client;
    private final HttpUrl base;
    private final String authorization;

    OkHttpPullTransport(SyncTarget target, Duration timeout) {
        Objects.requireNonNull(target, "target");
        this.base = Objects.requireNonNull(HttpUrl.get(target.cloudUrl().toString()), "cloud url");
        this.authorization = "Bearer " + target.deviceCredential();
        this.client = new OkHttpClient.Builder().retryOnConnectionFailure(false).connectTimeout(timeout)
                .readTimeout(timeout).writeTimeout(timeout).callTimeout(timeout.multipliedBy(2)).build();
    }

    @Override
    public FetchAnswer pull(long after, int limit) {
        return get(base.resolve(SyncSchema.PULL_PATH).newBuilder()
                .addQueryParameter("schemaVersion", String.valueOf(SyncSchema.CURRENT))
                .addQueryParameter("after", String.valueOf(after))
                .addQueryParameter("limit", String.valueOf(limit)).build());
    }

    @Override
    public FetchAnswer snapshot(Long upTo, long after, int limit) {
        HttpUrl.Builder url = base.resolve(SyncSchema.SNAPSHOT_PATH).newBuilder()
                .addQueryParameter("schemaVersion", String.valueOf(SyncSchema.CURRENT))
                .addQueryParameter("after", String.valueOf(after))
                .addQueryParameter("limit", String.valueOf(limit));
        if (upTo != null) {
            url.addQueryParameter("upTo", String.valueOf(upTo));
        }
        return get(url.build());
    }

    @Override
    public void cancel() {
        client.dispatcher().cancelAll();
    }

    private FetchAnswer get(HttpUrl url) {
        Request request = new Request.Builder().url(url).header("Authorization", authorization)
                .header("Accept-Language", "es-MX").get().build();
        try (Response response = client.newCall(request).execute()) {
            int status = response.code();
            String body = response.body().string();
            if (status == 200) {
                return new FetchAnswer.Fetched(body);
            }
            if (status == UpdateRequired.STATUS) {
                return new FetchAnswer.MustUpdate(SyncJson.ANSWERS.readValue(body, UpdateRequired.class)
                        .minimumSchemaVersion());
            }
            if (status >= 500 || status == 408 || status == 429) {
                return new FetchAnswer.Unreachable("HTTP " + status);
            }
            JsonNode problem = SyncJson.ANSWERS.readTree(body);
            return new FetchAnswer.Refused(status, problem.path("code").asText("HTTP " + status),
                    problem.path("title").asText(""));
        } catch (IOException e) {
            return new FetchAnswer.Unreachable(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
