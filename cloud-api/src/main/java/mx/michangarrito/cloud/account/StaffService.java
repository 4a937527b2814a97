package mx.michangarrito.cloud.account;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.auth.Authenticator;
import mx.michangarrito.cloud.auth.Phone;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.auth.RefreshTokens;
import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.DataAccessException;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Fields;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.shared.id.UuidV7Generator;

/**
 * The caller ({@code GET /v1/me}) and the shop's staff: owners and managers list them, the owner invites
 * managers and cashiers by phone and removes them (their refresh tokens die with them).
 */
public final class StaffService implements HttpService {

    private final Endpoints endpoints;
    private final Database database;
    private final Authenticator auth;
    private final RefreshTokens refreshTokens;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final TenantRepository tenants = new TenantRepository();
    private final UserRepository users = new UserRepository();

    public StaffService(Endpoints endpoints, Database database, Authenticator auth, RefreshTokens refreshTokens,
                        Clock clock, UuidV7Generator ids) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.database = Objects.requireNonNull(database, "database");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules)
                .get("/v1/me", this::me)
                .get("/v1/staff", this::list)
                .post("/v1/staff", this::invite)
                .delete("/v1/staff/{userId}", this::remove);
    }

    private void me(ServerRequest request, ServerResponse response) {
        Principal.User user = auth.user(request);
        Responses.Me me = database.inTenant(user.tenantId(), tx -> {
            Member m = users.find(tx, user.userId()).filter(u -> u.status() != MemberStatus.REMOVED)
                    .orElseThrow(() -> ApiException.unauthorized("auth.invalid"));
            return new Responses.Me(user.tenantId(), tenants.shopName(tx).orElseThrow(), m.userId(), m.name(),
                    m.phone(), m.role().wire());
        });
        Json.send(response, Status.OK_200, me);
    }

    private void list(ServerRequest request, ServerResponse response) {
        Principal.User user = auth.user(request, Role.OWNER, Role.MANAGER);
        var staff = database.inTenant(user.tenantId(), tx ->
                users.all(tx).stream().map(Responses.StaffMember::of).toList());
        Json.send(response, Status.OK_200, staff);
    }

    private void invite(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        var body = Json.read(request, Requests.InviteRequest.class);
        String phone = Phone.normalize(body.phone());
        String name = Fields.text(body.name(), "name", 100);
        Role role = Role.fromWire(Fields.required(body.role(), "role"))
                .filter(r -> r != Role.OWNER)
                .orElseThrow(() -> ApiException.badRequest("staff.role"));
        Member invited;
        try {
            invited = database.inTenant(owner.tenantId(), tx -> addOrReinvite(tx, owner, phone, name, role));
        } catch (DataAccessException e) {
            if (e.uniqueViolation()) {
                // the same phone was invited by a request that committed between our check and insert
                throw new ApiException(Status.CONFLICT_409, "staff.exists");
            }
            throw e;
        }
        Json.send(response, Status.CREATED_201, Responses.StaffMember.of(invited));
    }

    private Member addOrReinvite(Tx tx, Principal.User owner, String phone, String name, Role role) {
        var existing = users.findByPhone(tx, phone);
        if (existing.isPresent() && existing.get().status() != MemberStatus.REMOVED) {
            throw new ApiException(Status.CONFLICT_409, "staff.exists");
        }
        if (existing.isPresent()) {
            Member again = new Member(owner.tenantId(), existing.get().userId(), phone, name, role, MemberStatus.INVITED);
            users.update(tx, again);
            return again;
        }
        Member m = new Member(owner.tenantId(), ids.next(), phone, name, role, MemberStatus.INVITED);
        users.insert(tx, m, owner.userId(), clock.instant());
        return m;
    }

    private void remove(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        UUID userId = Fields.pathId(request.path().pathParameters().get("userId"));
        database.inTenant(owner.tenantId(), tx -> {
            Member m = users.find(tx, userId).filter(u -> u.status() != MemberStatus.REMOVED)
                    .orElseThrow(ApiException::notFound);
            if (m.role() == Role.OWNER) {
                throw new ApiException(Status.CONFLICT_409, "staff.owner");
            }
            users.update(tx, new Member(m.tenantId(), m.userId(), m.phone(), m.name(), m.role(), MemberStatus.REMOVED));
            refreshTokens.revokeUser(tx, m.userId());
            return null;
        });
        response.status(Status.NO_CONTENT_204).send();
    }
}
