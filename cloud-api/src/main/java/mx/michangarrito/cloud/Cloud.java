package mx.michangarrito.cloud;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import mx.michangarrito.cloud.account.SessionService;
import mx.michangarrito.cloud.account.Sessions;
import mx.michangarrito.cloud.account.StaffService;
import mx.michangarrito.cloud.auth.AccessTokens;
import mx.michangarrito.cloud.auth.Authenticator;
import mx.michangarrito.cloud.auth.Hashes;
import mx.michangarrito.cloud.auth.OtpRepository;
import mx.michangarrito.cloud.auth.OtpSender;
import mx.michangarrito.cloud.auth.OtpService;
import mx.michangarrito.cloud.auth.RateLimiter;
import mx.michangarrito.cloud.auth.RefreshTokenRepository;
import mx.michangarrito.cloud.auth.RefreshTokens;
import mx.michangarrito.cloud.config.AuthLimits;
import mx.michangarrito.cloud.config.Secrets;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.DbHealthCheck;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.http.OpenApiService;
import mx.michangarrito.cloud.http.ProblemHandlers;
import mx.michangarrito.cloud.integration.CredentialCipher;
import mx.michangarrito.cloud.integration.IntegrationCredentialRepository;
import mx.michangarrito.cloud.integration.IntegrationCredentials;
import mx.michangarrito.cloud.integration.IntegrationService;
import mx.michangarrito.cloud.observe.MetricsService;
import mx.michangarrito.cloud.observe.RequestLogFilter;
import mx.michangarrito.cloud.observe.RequestMetrics;
import mx.michangarrito.cloud.owner.CatalogOwnerService;
import mx.michangarrito.cloud.owner.ShopOwnerService;
import mx.michangarrito.cloud.report.ReportService;
import mx.michangarrito.cloud.sync.ChangeFeedRepository;
import mx.michangarrito.cloud.sync.ChangeLogRepository;
import mx.michangarrito.cloud.sync.PullService;
import mx.michangarrito.cloud.sync.PushIngest;
import mx.michangarrito.cloud.sync.SyncRepository;
import mx.michangarrito.cloud.sync.SyncService;
import mx.michangarrito.cloud.terminal.DeviceCredentials;
import mx.michangarrito.cloud.terminal.TerminalRepository;
import mx.michangarrito.cloud.terminal.TerminalService;
import mx.michangarrito.shared.id.UuidV7Generator;

/** The service's object graph, wired by hand over a database, secrets, a clock and an OTP sender. */
public final class Cloud {

    private final Database database;
    private final Endpoints endpoints = new Endpoints();
    private final RequestMetrics metrics = new RequestMetrics();
    private final SessionService sessions;
    private final StaffService staff;
    private final TerminalService terminals;
    private final IntegrationService integrations;
    private final IntegrationCredentials integrationCredentials;
    private final SyncService sync;
    private final ReportService reports;
    private final PullService pull;
    private final CatalogOwnerService ownerCatalog;
    private final ShopOwnerService ownerShop;

    public Cloud(Database database, Secrets secrets, AuthLimits limits, Clock clock, OtpSender otpSender) {
        this(database, secrets, limits, clock, otpSender, PullService.DEFAULT_TOMBSTONE_RETENTION);
    }

    /** @param tombstoneRetention how long removals stay pullable; a terminal away longer resyncs in full */
    public Cloud(Database database, Secrets secrets, AuthLimits limits, Clock clock, OtpSender otpSender,
                 Duration tombstoneRetention) {
        this.database = Objects.requireNonNull(database, "database");
        UuidV7Generator ids = new UuidV7Generator(clock, Hashes.random());
        var accessTokens = new AccessTokens(secrets.jwtKey(), clock);
        var refreshTokens = new RefreshTokens(new RefreshTokenRepository(), clock, ids);
        var terminalRepository = new TerminalRepository();
        var auth = new Authenticator(accessTokens, new DeviceCredentials(database, terminalRepository));
        var otp = new OtpService(database, new OtpRepository(), otpSender, Hashes.hmac(secrets.jwtKey(), "otp"), clock,
                ids, new RateLimiter(limits.codesPerPhone(), limits.window(), clock),
                new RateLimiter(limits.codesPerIp(), limits.window(), clock));
        this.sessions = new SessionService(endpoints, database, otp,
                new RateLimiter(limits.verifiesPerIp(), limits.window(), clock),
                new Sessions(accessTokens, refreshTokens), refreshTokens, clock, ids);
        this.staff = new StaffService(endpoints, database, auth, refreshTokens, clock, ids);
        var syncRepository = new SyncRepository();
        this.terminals = new TerminalService(endpoints, database, auth, terminalRepository, syncRepository,
                new RateLimiter(limits.pairingsPerIp(), limits.window(), clock), clock, ids);
        var credentialRepository = new IntegrationCredentialRepository();
        this.integrationCredentials = new IntegrationCredentials(database, credentialRepository,
                new CredentialCipher(secrets.encryptionKey()), clock);
        this.integrations = new IntegrationService(endpoints, database, auth, integrationCredentials,
                credentialRepository);
        this.sync = new SyncService(endpoints, auth, new PushIngest(database, syncRepository, Json.mapper(), clock));
        this.reports = new ReportService(endpoints, database, auth);
        this.pull = new PullService(endpoints, auth, database, new ChangeFeedRepository(Json.mapper()), clock,
                tombstoneRetention);
        var changeLog = new ChangeLogRepository(Json.mapper());
        this.ownerCatalog = new CatalogOwnerService(endpoints, database, auth, changeLog, clock, ids);
        this.ownerShop = new ShopOwnerService(endpoints, database, auth, changeLog, clock, ids);
    }

    /** Observability: {@code /observe/health} with the database check. */
    public void features(WebServerConfig.Builder server) {
        server.featuresDiscoverServices(false)
                .addFeature(ObserveFeature.just(HealthObserver.builder()
                        .details(true)
                        .useSystemServices(false)
                        .addCheck(new DbHealthCheck(database))
                        .build()));
    }

    /** Filters, error handlers and every feature's routes. */
    public void routing(HttpRouting.Builder routing) {
        routing.addFilter(new RequestLogFilter(metrics));
        ProblemHandlers.register(routing);
        routing.register(sessions, staff, terminals, integrations, sync, pull, reports, ownerCatalog, ownerShop,
                new OpenApiService(endpoints),
                new MetricsService(endpoints, metrics));
    }

    /** The routes registered so far ({@code "GET /v1/me"}, ...). */
    public Endpoints endpoints() {
        return endpoints;
    }

    /** Tenants' own integration credentials, for the features that call those integrations. */
    public IntegrationCredentials integrationCredentials() {
        return integrationCredentials;
    }
}
