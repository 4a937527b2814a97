package mx.michangarrito.cloud.terminal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.auth.Authenticator;
import mx.michangarrito.cloud.auth.Hashes;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.auth.RateLimiter;
import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.ClientAddress;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Fields;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.observe.RequestContext;
import mx.michangarrito.cloud.sync.SyncRepository;
import mx.michangarrito.shared.id.UuidV7Generator;

/**
 * Terminal pairing: the owner creates an 8-character code valid 10 minutes; a terminal exchanges it once
 * for a device credential bound to the shop and a new terminal id; the owner can revoke terminals and a
 * terminal can unpair itself.
 */
public final class TerminalService implements HttpService {

    public static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    /** 32 characters without 0/O and 1/I, which people misread. */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 8;

    private final Endpoints endpoints;
    private final Database database;
    private final Authenticator auth;
    private final TerminalRepository terminals;
    private final SyncRepository progress;
    /** Far above any till's outbox, below what a JSON number keeps exactly. */
    private static final long MAX_FIRST_SEQ = 1L << 50;
    private final RateLimiter pairingsPerIp;
    private final Clock clock;
    private final UuidV7Generator ids;

    public TerminalService(Endpoints endpoints, Database database, Authenticator auth, TerminalRepository terminals,
                           SyncRepository progress, RateLimiter pairingsPerIp, Clock clock, UuidV7Generator ids) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.database = Objects.requireNonNull(database, "database");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.terminals = Objects.requireNonNull(terminals, "terminals");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.pairingsPerIp = Objects.requireNonNull(pairingsPerIp, "pairingsPerIp");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules)
                .post("/v1/terminals/pairing-codes", this::createCode)
                .post("/v1/terminals/pair", this::pair)
                .get("/v1/terminals", this::list)
                .get("/v1/terminals/me", this::me)
                .delete("/v1/terminals/me", this::unpair)
                .delete("/v1/terminals/{terminalId}", this::revoke);
    }

    private void createCode(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(Hashes.random().nextInt(ALPHABET.length())));
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(CODE_VALIDITY);
        database.inTenant(owner.tenantId(), tx -> {
            terminals.deleteOldPairingCodes(tx, now.minus(Duration.ofDays(1)));
            terminals.insertPairingCode(tx, ids.next(), Hashes.sha256(code.toString()), owner.userId(), now, expiresAt);
            return null;
        });
        Json.send(response, Status.CREATED_201, new PairingCode(code.toString(), expiresAt));
    }

    private void pair(ServerRequest request, ServerResponse response) {
        var body = Json.read(request, PairRequest.class);
        String code = Fields.required(body.code(), "code").replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        String name = Fields.text(body.name(), "name", 60);
        if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw ApiException.badRequest("pairing.format");
        }
        long firstSeq = body.firstSeq() == null ? 1 : body.firstSeq();
        if (firstSeq < 1 || firstSeq > MAX_FIRST_SEQ) {
            throw ApiException.badRequest("pairing.first_seq");
        }
        if (!pairingsPerIp.tryAcquire(ClientAddress.of(request))) {
            throw ApiException.tooManyRequests();
        }
        Instant now = clock.instant();
        UUID tenantId = database.withoutTenant(tx -> terminals.claim(tx, Hashes.sha256(code), now))
                .orElseThrow(() -> new ApiException(Status.NOT_FOUND_404, "pairing.unknown"));
        RequestContext.tenant(tenantId);
        UUID terminalId = ids.next();
        String secret = Hashes.randomSecret();
        database.inTenant(tenantId, tx -> {
            terminals.insert(tx, new Terminal(tenantId, terminalId, name, Hashes.sha256(secret), now, null));
            if (firstSeq > 1) {
                progress.startProgress(tx, terminalId, firstSeq - 1, now);
            }
            return null;
        });
        Json.send(response, Status.CREATED_201,
                new Paired(tenantId, terminalId, DeviceCredentials.format(tenantId, terminalId, secret)));
    }

    private void list(ServerRequest request, ServerResponse response) {
        Principal.User user = auth.user(request, Role.OWNER, Role.MANAGER);
        var list = database.inTenant(user.tenantId(), tx -> terminals.all(tx).stream().map(TerminalView::of).toList());
        Json.send(response, Status.OK_200, list);
    }

    private void me(ServerRequest request, ServerResponse response) {
        Principal.Device device = auth.device(request);
        Terminal terminal = database.inTenant(device.tenantId(), tx -> terminals.find(tx, device.terminalId()))
                .orElseThrow(() -> ApiException.unauthorized("auth.invalid"));
        Json.send(response, Status.OK_200, TerminalView.of(terminal));
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        UUID terminalId = Fields.pathId(request.path().pathParameters().get("terminalId"));
        if (!database.inTenant(owner.tenantId(), tx -> terminals.revoke(tx, terminalId, clock.instant()))) {
            throw ApiException.notFound();
        }
        response.status(Status.NO_CONTENT_204).send();
    }

    /**
     * A terminal unpairing itself (decision 0018): its device credential stops working at once, as when the
     * owner revokes it. A credential already revoked is refused by the authenticator (401).
     */
    private void unpair(ServerRequest request, ServerResponse response) {
        Principal.Device device = auth.device(request);
        database.inTenant(device.tenantId(), tx -> terminals.revoke(tx, device.terminalId(), clock.instant()));
        response.status(Status.NO_CONTENT_204).send();
    }

    /**
     * @param firstSeq the first outbox sequence the till will push (absent: 1); a till paired again after
     *                 unpairing carries on with its own numbering
     */
    record PairRequest(String code, String name, Long firstSeq) {
    }

    record PairingCode(String code, Instant expiresAt) {
    }

    record Paired(UUID tenantId, UUID terminalId, String deviceCredential) {
    }

    record TerminalView(UUID tenantId, UUID terminalId, String name, Instant pairedAt, boolean revoked) {

        static TerminalView of(Terminal t) {
            return new TerminalView(t.tenantId(), t.terminalId(), t.name(), t.pairedAt(), t.revokedAt() != null);
        }
    }
}
