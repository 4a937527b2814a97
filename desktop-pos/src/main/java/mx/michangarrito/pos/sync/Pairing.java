package mx.michangarrito.pos.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import mx.michangarrito.pos.settings.Settings;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Pairs this terminal with the shop's cloud account using the 8-character code the owner created, and
 * keeps the resulting device credential in the terminal's settings (one transaction), where
 * {@link #target()} finds it for the pusher. The credential is encrypted at rest by the {@link CredentialVault}
 * (decision 0022) and never logged.
 */
public final class Pairing {

    static final String CLOUD_URL = "sync.cloud_url";
    static final String TENANT_ID = "sync.tenant_id";
    static final String TERMINAL_ID = "sync.terminal_id";
    static final String DEVICE_CREDENTIAL = "sync.device_credential";
    /** As the cloud makes them: no 0/O and 1/I. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final MediaType JSON = MediaType.get("application/json");

    private final Settings settings;
    private final CredentialVault vault;
    private final OkHttpClient client;
    private final LongSupplier firstSequence;

    /** A till whose outbox numbering starts at 1 (nothing was ever pushed elsewhere). */
    public Pairing(Settings settings, CredentialVault vault, Duration timeout) {
        this(settings, vault, timeout, () -> 1L);
    }

    /**
     * @param firstSequence the first outbox sequence the new cloud terminal will receive (the oldest unsent
     *                      entry, else the next one): a till paired again carries on with its numbering, and
     *                      the cloud must not report the numbers it pushed before as a gap
     */
    public Pairing(Settings settings, CredentialVault vault, Duration timeout, LongSupplier firstSequence) {
        this.firstSequence = Objects.requireNonNull(firstSequence, "firstSequence");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.client = new OkHttpClient.Builder().retryOnConnectionFailure(false).connectTimeout(timeout)
                .readTimeout(timeout).writeTimeout(timeout).callTimeout(timeout.multipliedBy(2)).build();
    }

    /**
     * Where this terminal pushes, once paired; empty too when the stored credential cannot be read on this
     * PC ({@link #credentialUnreadable()}). A credential stored in plain text by an older version is
     * encrypted on the way.
     */
    public Optional<SyncTarget> target() {
        Optional<String> url = settings.get(CLOUD_URL);
        Optional<String> terminal = settings.get(TERMINAL_ID);
        if (url.isEmpty() || terminal.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> credential = vault.open(DEVICE_CREDENTIAL);
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SyncTarget(URI.create(url.get()), UUID.fromString(terminal.get()), credential.get()));
    }

    /**
     * Whether a credential is stored but cannot be read here (its key file is missing or another PC's, e.g.
     * after restoring a backup on a new PC): the terminal counts as not paired until paired again.
     */
    public boolean credentialUnreadable() {
        return vault.state(DEVICE_CREDENTIAL) == CredentialVault.State.UNREADABLE;
    }

    /**
     * Exchanges {@code code} (spaces, dashes and lower case allowed) at {@code cloudUrl} for this
     * terminal's device credential, named {@code terminalName} in the owner's list, and stores it.
     */
    public SyncTarget pair(URI cloudUrl, String code, String terminalName) {
        String normalized = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (normalized.length() != 8 || !normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new PairingException(PairingException.Reason.CODE_FORMAT, "not a pairing code", null);
        }
        HttpUrl url = HttpUrl.get(cloudUrl.toString()).resolve("/v1/terminals/pair");
        byte[] body;
        try {
            body = SyncJson.STRICT.writeValueAsBytes(Map.of("code", normalized, "name", terminalName,
                    "firstSeq", firstSequence.getAsLong()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Request request = new Request.Builder().url(Objects.requireNonNull(url, "pair url"))
                .header("Accept-Language", "es-MX").post(RequestBody.create(body, JSON)).build();
        try (Response response = client.newCall(request).execute()) {
            String text = response.body().string();
            JsonNode answer = text.isBlank() ? SyncJson.ANSWERS.createObjectNode() : SyncJson.ANSWERS.readTree(text);
            int status = response.code();
            if (status == 201) {
                SyncTarget target = new SyncTarget(cloudUrl, UUID.fromString(answer.path("terminalId").asText()),
                        answer.path("deviceCredential").asText());
                String sealed;
                try {
                    sealed = vault.seal(DEVICE_CREDENTIAL, target.deviceCredential());
                } catch (IOException e) {
                    throw new PairingException(PairingException.Reason.KEY_UNUSABLE, "cannot use the key file: " + e, e);
                }
                settings.putAll(Map.of(CLOUD_URL, cloudUrl.toString(), TENANT_ID, answer.path("tenantId").asText(),
                        TERMINAL_ID, target.terminalId().toString(), DEVICE_CREDENTIAL, sealed));
                return target;
            }
            if (status == 404) {
                throw new PairingException(PairingException.Reason.UNKNOWN_CODE, "no open pairing code like it", null);
            }
            if (status >= 500) {
                throw new PairingException(PairingException.Reason.UNREACHABLE, "cloud answered " + status, null,
                        "HTTP " + status);
            }
            String title = answer.path("title").asText("HTTP " + status);
            throw new PairingException(PairingException.Reason.REFUSED, "cloud refused pairing: " + status + " "
                    + answer.path("code").asText(), null, title);
        } catch (IOException | IllegalArgumentException e) {
            throw new PairingException(PairingException.Reason.UNREACHABLE, "pairing call failed: " + e, e,
                    cloudUrl.getHost());
        }
    }
}
