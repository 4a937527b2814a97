package mx.michangarrito.pos.user;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import mx.michangarrito.pos.audit.AuditAction;
import mx.michangarrito.pos.audit.AuditLog;
import mx.michangarrito.pos.settings.ShopZone;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.Ids;

/**
 * The shop's users: first-run owner, creating users, PIN changes, deactivation, login and manager
 * overrides with a PIN lockout. Every change and every PIN attempt leaves an audit row, written in the
 * same durable transaction as what it records.
 */
public final class UserService {

    /** The bcrypt cost for the app: 2^10 rounds, tens of milliseconds per PIN check. */
    public static final int PRODUCTION_BCRYPT_COST = 10;

    /**
     * Gets the PIN check ready (see {@code PinHasher.warmUp}): meant for a background thread at start, so the
     * first login is not the one that waits for bcrypt's class loading and compilation.
     */
    public static void warmUpPinCheck() {
        try {
            PinHasher.warmUp();
        } catch (RuntimeException e) {
            System.getLogger(UserService.class.getName()).log(System.Logger.Level.DEBUG, "PIN check warm-up", e);
        }
    }

    private final PosDatabase database;
    private final AuditLog audit;
    private final Clock clock;
    private final PinHasher hasher;
    private final PinGate gate;

    /**
     * @param shopZone   the shop's time zone, for "try again at HH:MM" (usually America/Mexico_City)
     * @param bcryptCost {@link #PRODUCTION_BCRYPT_COST} in the app; tests use 4
     */
    public UserService(PosDatabase database, AuditLog audit, Clock clock, ZoneId shopZone, int bcryptCost) {
        this(database, audit, clock, ShopZone.fixed(shopZone), bcryptCost);
    }

    /** With the shop's zone as it is at each lock-out message. */
    public UserService(PosDatabase database, AuditLog audit, Clock clock, ShopZone shopZone, int bcryptCost) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = new PinHasher(bcryptCost);
        this.gate = new PinGate(hasher, audit, clock, Objects.requireNonNull(shopZone, "shopZone"));
    }

    /** True until the first user (the owner) has been created. */
    public boolean isFirstRun() {
        return database.read(Users::count) == 0;
    }

    /**
     * Creates a user. On first run the user must be an {@link Role#OWNER} and {@code createdBy} is ignored
     * (may be {@code null}); afterwards {@code createdBy} must be an active owner.
     *
     * @throws UserException INVALID_NAME, INVALID_PIN_FORMAT, FIRST_USER_MUST_BE_OWNER, NOT_ALLOWED,
     *                       INACTIVE, UNKNOWN_USER or NAME_TAKEN
     */
    public StaffMember createUser(Operator createdBy, String name, Role role, String pin) {
        Objects.requireNonNull(role, "role");
        DisplayName displayName = DisplayName.of(name);
        String pinHash = hasher.hash(pin);
        return database.write(session -> {
            boolean firstRun = Users.count(session) == 0;
            if (firstRun && role != Role.OWNER) {
                throw UserException.firstUserMustBeOwner();
            }
            UUID actorId = firstRun ? null : Users.requireActor(session, createdBy, Role.OWNER).id();
            if (Users.nameTaken(session, displayName)) {
                throw UserException.nameTaken(displayName.text());
            }
            User user = new User(Ids.newUuidV7(), displayName, role, pinHash, clock.instant());
            session.persist(user);
            audit.record(session, AuditAction.USER_CREATED, firstRun ? user.id() : actorId, user.id().toString(),
                    (firstRun ? "first run, " : "") + user.displayName() + " as " + role);
            return user.summary();
        });
    }

    /**
     * Sets a new PIN for {@code userId}: a user may change their own, an owner anyone's. A new PIN also
     * lifts a lockout.
     *
     * @throws UserException INVALID_PIN_FORMAT, NOT_ALLOWED, INACTIVE or UNKNOWN_USER
     */
    public void changePin(Operator by, UUID userId, String newPin) {
        String pinHash = hasher.hash(newPin);
        database.writeVoid(session -> {
            User actor = Users.requireActor(session, by, Role.CASHIER);
            if (!actor.id().equals(userId) && !actor.role().atLeast(Role.OWNER)) {
                throw UserException.notAllowed(Role.OWNER);
            }
            User target = Users.require(session, userId);
            if (!target.active()) {
                throw UserException.inactive(target.displayName());
            }
            target.changePin(pinHash);
            String detail = actor.id().equals(target.id())
                    ? target.displayName() + " changed their own PIN"
                    : "new PIN for " + target.displayName() + ", lockout lifted";
            audit.record(session, AuditAction.PIN_CHANGED, actor.id(), target.id().toString(), detail);
        });
    }

    /**
     * Deactivates {@code userId} (an owner's act); users are never deleted. Deactivating an inactive user
     * changes nothing.
     *
     * @throws UserException NOT_ALLOWED, INACTIVE, UNKNOWN_USER or LAST_ACTIVE_OWNER
     */
    public void deactivate(Operator by, UUID userId) {
        database.writeVoid(session -> {
            User actor = Users.requireActor(session, by, Role.OWNER);
            User target = Users.require(session, userId);
            if (!target.active()) {
                return;
            }
            if (target.role() == Role.OWNER && Users.activeOwners(session) <= 1) {
                throw UserException.lastActiveOwner(target.displayName());
            }
            target.deactivate();
            audit.record(session, AuditAction.USER_DEACTIVATED, actor.id(), target.id().toString(),
                    target.displayName() + " deactivated");
        });
    }

    /**
     * Gives {@code userId} another role (an owner's act), with an audit entry. The last active owner keeps
     * their role; giving a user the role they have changes nothing.
     *
     * @throws UserException NOT_ALLOWED, INACTIVE, UNKNOWN_USER or LAST_OWNER_ROLE
     */
    public void changeRole(Operator by, UUID userId, Role newRole) {
        Objects.requireNonNull(newRole, "newRole");
        database.writeVoid(session -> {
            User actor = Users.requireActor(session, by, Role.OWNER);
            User target = Users.require(session, userId);
            if (!target.active()) {
                throw UserException.inactive(target.displayName());
            }
            Role old = target.role();
            if (old == newRole) {
                return;
            }
            if (old == Role.OWNER && Users.activeOwners(session) <= 1) {
                throw UserException.lastOwnerRole(target.displayName());
            }
            target.changeRole(newRole);
            audit.record(session, AuditAction.ROLE_CHANGED, actor.id(), target.id().toString(),
                    target.displayName() + ": " + old + " -> " + newRole);
        });
    }

    /** The active users by name, as the login screen lists them. */
    public List<StaffMember> listActive() {
        return database.read(session -> session.createSelectionQuery(
                        "from PosUser where active order by nameKey", User.class)
                .getResultList().stream().map(User::summary).toList());
    }

    /** Who can approve what needs a manager's PIN (discounts above the limit, fiado over a limit). */
    public List<StaffMember> listApprovers() {
        return listActive().stream().filter(member -> member.role().atLeast(Role.MANAGER)).toList();
    }

    /**
     * Logs {@code userId} in. A wrong PIN counts toward the lockout and is remembered even though the
     * login fails; the 5th in a row locks the user for 5 minutes, during which even the right PIN fails.
     *
     * @throws UserException WRONG_PIN, LOCKED, INVALID_PIN_FORMAT, INACTIVE or UNKNOWN_USER
     */
    public Operator login(UUID userId, String pin) {
        Objects.requireNonNull(userId, "userId");
        return database.write(session -> gate.check(session, userId, pin, Role.CASHIER, PinGate.Purpose.LOGIN,
                userId.toString())).orThrow();
    }

    /** {@link #authorize(UUID, String, Role, String)} with the required role as the purpose. */
    public Operator authorize(UUID userId, String pin, Role required) {
        return authorize(userId, pin, required, "override needing " + required);
    }

    /**
     * A manager override: {@code userId} proves with their PIN that they allow something that needs
     * {@code required} (e.g. a discount above the limit, a void). Wrong PINs count toward the same lockout
     * as logins.
     *
     * @param purpose what is being authorised, for the audit log (e.g. "void CAJA1-1024")
     * @return the authorising user, to be recorded with the action
     * @throws UserException WRONG_PIN, LOCKED, INVALID_PIN_FORMAT, NOT_ALLOWED, INACTIVE or UNKNOWN_USER
     */
    public Operator authorize(UUID userId, String pin, Role required, String purpose) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(required, "required");
        return database.write(session -> gate.check(session, userId, pin, required, PinGate.Purpose.OVERRIDE,
                purpose)).orThrow();
    }
}
