package mx.michangarrito.cloud.account;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.auth.OtpCheck;
import mx.michangarrito.cloud.auth.OtpService;
import mx.michangarrito.cloud.auth.Phone;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.auth.RateLimiter;
import mx.michangarrito.cloud.auth.RefreshTokens;
import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.ChoiceRequired;
import mx.michangarrito.cloud.http.ClientAddress;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Fields;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.observe.RequestContext;
import mx.michangarrito.shared.id.UuidV7Generator;

/**
 * Sign-up and sessions: ask for a code, sign a shop up or log in with it, refresh, log out.
 * {@code /v1/auth/*} and {@code /v1/signup}, all without an access token.
 */
public final class SessionService implements HttpService {

    private final Endpoints endpoints;
    private final Database database;
    private final OtpService otp;
    private final RateLimiter verifiesPerIp;
    private final MembershipRepository memberships;
    private final TenantRepository tenants;
    private final UserRepository users;
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final Clock clock;
    private final UuidV7Generator ids;

    public SessionService(Endpoints endpoints, Database database, OtpService otp, RateLimiter verifiesPerIp,
                          Sessions sessions, RefreshTokens refreshTokens, Clock clock, UuidV7Generator ids) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.database = Objects.requireNonNull(database, "database");
        this.otp = Objects.requireNonNull(otp, "otp");
        this.verifiesPerIp = Objects.requireNonNull(verifiesPerIp, "verifiesPerIp");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.memberships = new MembershipRepository();
        this.tenants = new TenantRepository();
        this.users = new UserRepository();
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules)
                .post("/v1/auth/code", this::sendCode)
                .post("/v1/signup", this::signup)
                .post("/v1/auth/login", this::login)
                .post("/v1/auth/refresh", this::refresh)
                .post("/v1/auth/logout", this::logout);
    }

    private void sendCode(ServerRequest request, ServerResponse response) {
        String phone = Phone.normalize(Json.read(request, Requests.CodeRequest.class).phone());
        otp.send(phone, ClientAddress.of(request));
        Json.send(response, Status.ACCEPTED_202, new Responses.CodeSent(phone, OtpService.VALIDITY.toSeconds()));
    }

    private void signup(ServerRequest request, ServerResponse response) {
        var body = Json.read(request, Requests.SignupRequest.class);
        String phone = Phone.normalize(body.phone());
        String code = OtpService.requireCodeFormat(body.code());
        String shopName = Fields.text(body.shopName(), "shopName", 100);
        String ownerName = Fields.text(body.ownerName(), "ownerName", 100);
        limitVerifies(request);
        OtpCheck check = database.withoutTenant(tx -> {
            OtpCheck c = otp.check(tx, phone, code);
            if (c == OtpCheck.VALID) {
                otp.consume(tx, phone);
            }
            return c;
        });
        if (check != OtpCheck.VALID) {
            throw OtpService.refusal(check);
        }
        UUID tenantId = ids.next();
        var owner = new Principal.User(tenantId, ids.next(), Role.OWNER);
        RequestContext.tenant(tenantId);
        TokenResponse tokens = database.inTenant(tenantId, tx -> {
            tenants.insert(tx, shopName, clock.instant());
            users.insert(tx, new Member(tenantId, owner.userId(), phone, ownerName, Role.OWNER, MemberStatus.ACTIVE),
                    null, clock.instant());
            return sessions.open(tx, owner);
        });
        Json.send(response, Status.CREATED_201, tokens);
    }

    private void login(ServerRequest request, ServerResponse response) {
        var body = Json.read(request, Requests.LoginRequest.class);
        String phone = Phone.normalize(body.phone());
        String code = OtpService.requireCodeFormat(body.code());
        limitVerifies(request);
        LoginDecision decision = database.withoutTenant(tx -> {
            OtpCheck check = otp.check(tx, phone, code);
            if (check != OtpCheck.VALID) {
                return new LoginDecision.Refused(check);
            }
            List<Membership> shops = memberships.forPhone(tx, phone);
            Optional<Membership> chosen = body.tenantId() != null
                    ? shops.stream().filter(m -> m.tenantId().equals(body.tenantId())).findFirst()
                    : shops.size() == 1 ? Optional.of(shops.getFirst()) : Optional.empty();
            if (chosen.isEmpty() && body.tenantId() == null && shops.size() > 1) {
                return new LoginDecision.Choose(shops);
            }
            otp.consume(tx, phone);
            return chosen.<LoginDecision>map(LoginDecision.Chosen::new).orElseGet(LoginDecision.NoShop::new);
        });
        Membership shop = switch (decision) {
            case LoginDecision.Refused r -> throw OtpService.refusal(r.check());
            case LoginDecision.NoShop n -> throw new ApiException(Status.NOT_FOUND_404, "login.no_shop");
            case LoginDecision.Choose c -> throw new ChoiceRequired("login.choose_shop", c.shops().stream()
                    .map(m -> new Responses.ShopChoice(m.tenantId(), m.shopName())).toList());
            case LoginDecision.Chosen c -> c.membership();
        };
        RequestContext.tenant(shop.tenantId());
        TokenResponse tokens = database.inTenant(shop.tenantId(), tx -> {
            Member member = users.find(tx, shop.userId()).orElseThrow(ApiException::notFound);
            if (member.status() == MemberStatus.INVITED) {
                users.update(tx, new Member(member.tenantId(), member.userId(), member.phone(), member.name(),
                        member.role(), MemberStatus.ACTIVE));
            }
            return sessions.open(tx, new Principal.User(shop.tenantId(), member.userId(), member.role()));
        });
        Json.send(response, Status.OK_200, tokens);
    }

    private void refresh(ServerRequest request, ServerResponse response) {
        var presented = RefreshTokens.parse(Json.read(request, Requests.RefreshRequest.class).refreshToken())
                .orElseThrow(() -> ApiException.unauthorized("auth.refresh_invalid"));
        RequestContext.tenant(presented.tenantId());
        Optional<TokenResponse> next = database.inTenant(presented.tenantId(), tx ->
                switch (refreshTokens.use(tx, presented)) {
                    case RefreshTokens.Outcome.Valid v -> users.find(tx, v.userId())
                            .filter(m -> m.status() != MemberStatus.REMOVED)
                            .map(m -> sessions.next(tx, new Principal.User(m.tenantId(), m.userId(), m.role()),
                                    v.familyId()));
                    case RefreshTokens.Outcome.Reused r -> Optional.<TokenResponse>empty();
                    case RefreshTokens.Outcome.Invalid i -> Optional.<TokenResponse>empty();
                });
        Json.send(response, Status.OK_200, next.orElseThrow(() -> ApiException.unauthorized("auth.refresh_invalid")));
    }

    private void logout(ServerRequest request, ServerResponse response) {
        var presented = RefreshTokens.parse(Json.read(request, Requests.RefreshRequest.class).refreshToken())
                .orElseThrow(() -> ApiException.unauthorized("auth.refresh_invalid"));
        boolean revoked = database.inTenant(presented.tenantId(), tx -> refreshTokens.revoke(tx, presented));
        if (!revoked) {
            throw ApiException.unauthorized("auth.refresh_invalid");
        }
        response.status(Status.NO_CONTENT_204).send();
    }

    private void limitVerifies(ServerRequest request) {
        if (!verifiesPerIp.tryAcquire(ClientAddress.of(request))) {
            throw ApiException.tooManyRequests();
        }
    }

    /** What a checked login code leads to. */
    private sealed interface LoginDecision {
        record Refused(OtpCheck check) implements LoginDecision {
        }

        record NoShop() implements LoginDecision {
        }

        record Choose(List<Membership> shops) implements LoginDecision {
        }

        record Chosen(Membership membership) implements LoginDecision {
        }
    }
}
