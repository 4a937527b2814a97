package mx.michangarrito.pos.sync;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.UserService;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Unpairs this terminal from the shop's cloud account (decision 0018): the owner confirms with their PIN;
 * it is refused while the outbox still holds events (they would never reach the cloud); the cloud is told
 * first ({@code DELETE /v1/terminals/me}, which revokes the device credential there), then the credential
 * and the terminal id are removed from the terminal's settings and the pull cursor goes back to 0, in one
 * transaction. The cloud address stays, so pairing again only needs a new code.
 */
public final class Unpairing {

    /** Where the cloud revokes the calling terminal's credential. */
    static final String SELF_PATH = "/v1/terminals/me";
    private static final List<String> FORGOTTEN = List.of(Pairing.TENANT_ID, Pairing.TERMINAL_ID,
            Pairing.DEVICE_CREDENTIAL);

    private final PosDatabase db;
    private final Pairing pairing;
    private final UserService users;
    private final Runnable stopSync;
    private final OkHttpClient client;

    /**
     * @param stopSync stops the background push and pull before the credential is revoked
     *                 ({@code PosServices::stopSync} in the app)
     */
    public Unpairing(PosDatabase db, Pairing pairing, UserService users, Runnable stopSync, Duration timeout) {
        this.db = Objects.requireNonNull(db, "db");
        this.pairing = Objects.requireNonNull(pairing, "pairing");
        this.users = Objects.requireNonNull(users, "users");
        this.stopSync = Objects.requireNonNull(stopSync, "stopSync");
        this.client = new OkHttpClient.Builder().retryOnConnectionFailure(false).connectTimeout(timeout)
                .readTimeout(timeout).writeTimeout(timeout).callTimeout(timeout.multipliedBy(2)).build();
    }

    /** Events still waiting in the outbox to reach the cloud. */
    public long pendingEvents() {
        return db.read(session -> session.createSelectionQuery("select count(*) from OutboxEntry", Long.class)
                .getSingleResult());
    }

    /**
     * Unpairs, {@code ownerId} confirming with {@code pin}.
     *
     * @throws mx.michangarrito.pos.user.UserException wrong PIN, locked, not an owner
     * @throws PairingException NOT_PAIRED, PENDING (with the count) or UNREACHABLE; nothing changed here
     */
    public void unpair(UUID ownerId, String pin) {
        SyncTarget target = pairing.target().orElseThrow(() -> new PairingException(PairingException.Reason.NOT_PAIRED,
                "this terminal is not paired", null));
        users.authorize(ownerId, pin, Role.OWNER, "unpair terminal " + target.terminalId());
        long pending = pendingEvents();
        if (pending > 0) {
            throw new PairingException(PairingException.Reason.PENDING, pending + " events not synced yet", null, pending);
        }
        stopSync.run();
        tellTheCloud(target);
        db.writeVoid(session -> {
            session.createNativeMutationQuery("DELETE FROM setting WHERE name IN (:names)")
                    .setParameterList("names", FORGOTTEN).executeUpdate();
            session.createNativeMutationQuery("UPDATE counter SET last_value = 0 WHERE name = :name")
                    .setParameter("name", ChangePuller.CURSOR).executeUpdate();
        });
    }

    /** Revokes the credential in the cloud; one already revoked there (401) is as good. */
    private void tellTheCloud(SyncTarget target) {
        HttpUrl url = Objects.requireNonNull(HttpUrl.get(target.cloudUrl().toString()).resolve(SELF_PATH), "url");
        Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + target.deviceCredential())
                .header("Accept-Language", "es-MX").delete().build();
        try (Response response = client.newCall(request).execute()) {
            int status = response.code();
            if (status != 204 && status != 401) {
                throw new PairingException(PairingException.Reason.UNREACHABLE, "cloud answered " + status + " to unpair",
                        null, "HTTP " + status);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PairingException(PairingException.Reason.UNREACHABLE, "unpair call failed: " + e, e,
                    target.cloudUrl().getHost());
        }
    }
}
