package mx.michangarrito.cloud.owner;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.auth.Authenticator;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Fields;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.owner.OwnerViews.CustomerRequest;
import mx.michangarrito.cloud.owner.OwnerViews.CustomerView;
import mx.michangarrito.cloud.owner.OwnerViews.SettingsRequest;
import mx.michangarrito.cloud.owner.OwnerViews.SettingsView;
import mx.michangarrito.cloud.owner.OwnerViews.TerminalUserRequest;
import mx.michangarrito.cloud.owner.OwnerViews.TerminalUserView;
import mx.michangarrito.cloud.sync.ChangeLogRepository;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.sync.CustomerState;
import mx.michangarrito.shared.sync.SettingState;
import mx.michangarrito.shared.sync.Tombstone;
import mx.michangarrito.shared.sync.UserState;

/**
 * The owner's fiado customers, the people who work the counters (terminal users, with a PIN that only
 * ever leaves as its bcrypt hash) and the shop's settings, time zone included. Customers: owners and
 * managers; users and settings: the owner. Every write is a change of the shop's change log in the same
 * transaction as the shop's own row it may update, so the terminals pull it.
 */
public final class ShopOwnerService implements HttpService {

    /** The bcrypt cost of PINs set in the cloud, as the terminals' own ({@code UserService}). */
    static final int BCRYPT_COST = 10;
    static final String ZONE = "shop.zone";
    static final String NAME = "shop.name";
    static final String ADDRESS = "shop.address";
    static final String RFC = "shop.rfc";
    static final String TAX_ZONE = "shop.tax-zone";
    /**
     * The ticket's header and footer. Only {@code shop.*} settings travel; terminals keep these two where
     * their ticket reads them ({@code ticket.header} / {@code ticket.footer}), and a terminal that predates
     * them stores them unread.
     */
    static final String TICKET_HEADER = "shop.ticket-header";
    static final String TICKET_FOOTER = "shop.ticket-footer";

    private final Endpoints endpoints;
    private final Database database;
    private final Authenticator auth;
    private final ChangeLogRepository changes;
    private final OwnerRepository records = new OwnerRepository(Json.mapper());
    private final Clock clock;
    private final UuidV7Generator ids;

    public ShopOwnerService(Endpoints endpoints, Database database, Authenticator auth, ChangeLogRepository changes,
                            Clock clock, UuidV7Generator ids) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.database = Objects.requireNonNull(database, "database");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules)
                .get("/v1/customers", this::customers)
                .post("/v1/customers", (req, res) -> saveCustomer(req, res, null))
                .put("/v1/customers/{customerId}", (req, res) -> saveCustomer(req, res,
                        Fields.pathId(req.path().pathParameters().get("customerId"))))
                .get("/v1/terminal-users", this::users)
                .post("/v1/terminal-users", this::createUser)
                .put("/v1/terminal-users/{userId}", this::editUser)
                .get("/v1/shop/settings", this::settings)
                .put("/v1/shop/settings", this::changeSettings);
    }

    private void customers(ServerRequest request, ServerResponse response) {
        Principal.User user = auth.user(request, Role.OWNER, Role.MANAGER);
        Json.send(response, Status.OK_200, database.inTenant(user.tenantId(), tx -> records.all(tx,
                CustomerState.KIND, CustomerState.class).stream().map(v -> CustomerView.of(v.version(), v.state()))
                .sorted(Comparator.comparing((CustomerView c) -> c.name().toLowerCase(Locale.ROOT))).toList()));
    }

    /** Creates ({@code id} null) or replaces a customer's details; the balance is the fiado ledgers'. */
    private void saveCustomer(ServerRequest request, ServerResponse response, UUID id) {
        Principal.User user = auth.user(request, Role.OWNER, Role.MANAGER);
        CustomerRequest body = OwnerInput.body(request, CustomerRequest.class);
        CustomerState state = new CustomerState(id == null ? ids.next() : id,
                OwnerInput.name(body.name(), "name", OwnerInput.MAX_CUSTOMER_NAME), OwnerInput.phone(body.phone()),
                OwnerInput.centavos(body.creditLimitCentavos(), "creditLimitCentavos"),
                OwnerInput.optional(body.note(), "note", OwnerInput.MAX_NOTE), body.active() == null || body.active());
        Json.send(response, id == null ? Status.CREATED_201 : Status.OK_200, database.inTenant(user.tenantId(), tx -> {
            changes.lockShop(tx);
            if (id != null) {
                records.find(tx, CustomerState.KIND, id.toString(), CustomerState.class)
                        .orElseThrow(ApiException::notFound);
            }
            changes.put(tx, state, clock.instant());
            var stored = records.find(tx, CustomerState.KIND, state.key(), CustomerState.class).orElseThrow();
            return CustomerView.of(stored.version(), stored.state());
        }));
    }

    private void users(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        Json.send(response, Status.OK_200, database.inTenant(owner.tenantId(), tx -> records.all(tx, UserState.KIND,
                UserState.class).stream().map(v -> TerminalUserView.of(v.version(), v.state()))
                .sorted(Comparator.comparing((TerminalUserView u) -> u.displayName().toLowerCase(Locale.ROOT)))
                .toList()));
    }

    private void createUser(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        TerminalUserRequest body = OwnerInput.body(request, TerminalUserRequest.class);
        String name = OwnerInput.name(body.displayName(), "displayName", 60);
        String role = OwnerInput.role(body.role());
        String hash = hash(OwnerInput.pin(body.pin()));
        UserState state = new UserState(ids.next(), name, role, hash, body.active() == null || body.active());
        Json.send(response, Status.CREATED_201, database.inTenant(owner.tenantId(), tx -> saveUser(tx, state)));
    }

    private void editUser(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        UUID id = Fields.pathId(request.path().pathParameters().get("userId"));
        TerminalUserRequest body = OwnerInput.body(request, TerminalUserRequest.class);
        String name = body.displayName() == null ? null : OwnerInput.name(body.displayName(), "displayName", 60);
        String role = body.role() == null ? null : OwnerInput.role(body.role());
        String hash = body.pin() == null ? null : hash(OwnerInput.pin(body.pin()));
        Json.send(response, Status.OK_200, database.inTenant(owner.tenantId(), tx -> {
            changes.lockShop(tx);
            UserState u = records.find(tx, UserState.KIND, id.toString(), UserState.class)
                    .orElseThrow(ApiException::notFound).state();
            return saveUser(tx, new UserState(id, name == null ? u.displayName() : name, role == null ? u.role() : role,
                    hash == null ? u.pinHash() : hash, body.active() == null ? u.active() : body.active()));
        }));
    }

    /** Terminals refuse a user whose name another user has: refused here first, with 409. */
    private TerminalUserView saveUser(Tx tx, UserState state) {
        changes.lockShop(tx);
        String key = state.displayName().toLowerCase(Locale.ROOT);
        boolean taken = records.all(tx, UserState.KIND, UserState.class).stream()
                .anyMatch(u -> !u.state().userId().equals(state.userId())
                        && u.state().displayName().toLowerCase(Locale.ROOT).equals(key));
        if (taken) {
            throw new ApiException(Status.CONFLICT_409, "owner.user_name_taken", state.displayName());
        }
        changes.put(tx, state, clock.instant());
        var stored = records.find(tx, UserState.KIND, state.key(), UserState.class).orElseThrow();
        return TerminalUserView.of(stored.version(), stored.state());
    }

    private static String hash(String pin) {
        return BCrypt.withDefaults().hashToString(BCRYPT_COST, pin.toCharArray());
    }

    private void settings(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER, Role.MANAGER);
        Json.send(response, Status.OK_200, database.inTenant(owner.tenantId(), this::view));
    }

    private void changeSettings(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        SettingsRequest body = OwnerInput.body(request, SettingsRequest.class);
        if (body.timeZone() == null && body.shopName() == null && body.address() == null && body.rfc() == null
                && body.taxZone() == null && body.ticketHeader() == null && body.ticketFooter() == null) {
            throw ApiException.badRequest("owner.settings_empty");
        }
        ZoneId zone = body.timeZone() == null ? null : OwnerInput.zone(body.timeZone());
        String name = body.shopName() == null ? null : OwnerInput.name(body.shopName(), "shopName", 100);
        String address = body.address() == null ? null : lines(body.address(), "address");
        String header = body.ticketHeader() == null ? null : lines(body.ticketHeader(), "ticketHeader");
        String footer = body.ticketFooter() == null ? null : lines(body.ticketFooter(), "ticketFooter");
        String rfc = body.rfc() == null || body.rfc().isBlank() ? body.rfc() : OwnerInput.rfc(body.rfc());
        String taxZone = body.taxZone() == null ? null : OwnerInput.taxZone(body.taxZone());
        Json.send(response, Status.OK_200, database.inTenant(owner.tenantId(), tx -> {
            changes.lockShop(tx);
            Instant now = clock.instant();
            if (zone != null) {
                records.setZone(tx, zone);
                changes.put(tx, new SettingState(ZONE, zone.getId()), now);
            }
            if (name != null) {
                records.setShopName(tx, name);
                changes.put(tx, new SettingState(NAME, name), now);
            }
            setOrRemove(tx, ADDRESS, address, now);
            setOrRemove(tx, RFC, rfc, now);
            setOrRemove(tx, TAX_ZONE, taxZone, now);
            setOrRemove(tx, TICKET_HEADER, header, now);
            setOrRemove(tx, TICKET_FOOTER, footer, now);
            return view(tx);
        }));
    }

    /** Null leaves the setting, blank removes it (a tombstone), else sets it. */
    private void setOrRemove(Tx tx, String setting, String value, Instant now) {
        if (value == null) {
            return;
        }
        changes.put(tx, value.isBlank() ? new Tombstone(SettingState.KIND, setting)
                : new SettingState(setting, value), now);
    }

    /**
     * An address, ticket header or footer of one or more lines: at most 500 characters as the terminal's
     * settings screen allows, no control characters but line breaks.
     */
    private static String lines(String value, String field) {
        String text = value.strip().replace("\r\n", "\n");
        if (text.codePointCount(0, text.length()) > OwnerInput.MAX_NOTE) {
            throw ApiException.badRequest("field.too_long", field, OwnerInput.MAX_NOTE);
        }
        if (text.chars().anyMatch(c -> c != '\n' && Character.isISOControl(c))) {
            throw ApiException.badRequest("field.control_characters", field);
        }
        return text;
    }

    private SettingsView view(Tx tx) {
        String[] shop = records.shop(tx);
        return new SettingsView(shop[1], shop[0], setting(tx, ADDRESS), setting(tx, RFC), setting(tx, TAX_ZONE),
                setting(tx, TICKET_HEADER), setting(tx, TICKET_FOOTER));
    }

    private String setting(Tx tx, String name) {
        return records.find(tx, SettingState.KIND, name, SettingState.class).map(v -> v.state().value()).orElse(null);
    }
}
