package mx.michangarrito.pos.user;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.pos.audit.AuditAction;
import mx.michangarrito.pos.audit.AuditEntry;
import mx.michangarrito.pos.audit.AuditLog;
import mx.michangarrito.pos.settings.Setting;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.testing.MutableClock;

/** A real database in a temporary folder with the user service on a test clock; reopens like a restart. */
final class UserTestBed implements AutoCloseable {

    static final List<Class<?>> ENTITIES = List.of(Setting.class, User.class, AuditEntry.class);
    static final ZoneId SHOP_ZONE = ZoneId.of("America/Mexico_City");
    /** 10:00:30 in Mexico City (UTC-6, no daylight saving time since 2022). */
    static final Instant START = Instant.parse("2026-03-14T16:00:30Z");
    static final String OWNER_PIN = "1111";

    final MutableClock clock = new MutableClock(START);
    private final Path dataDir;
    private PosDatabase database;
    private AuditLog audit;
    private UserService users;

    UserTestBed(Path dataDir) {
        this.dataDir = dataDir;
        open();
    }

    private void open() {
        database = PosDatabase.open(dataDir, ENTITIES);
        audit = new AuditLog(database, clock);
        users = new UserService(database, audit, clock, SHOP_ZONE, 4);
    }

    /** Closes and opens the database again, as a restart of the app would. */
    void reopen() {
        close();
        open();
    }

    UserService users() {
        return users;
    }

    PosDatabase database() {
        return database;
    }

    /** Creates the first-run owner, Lupita, and logs her in. */
    Operator owner() {
        if (users.isFirstRun()) {
            users.createUser(null, "Lupita", Role.OWNER, OWNER_PIN);
        }
        UUID id = users.listActive().stream().filter(u -> u.displayName().equals("Lupita")).findFirst().orElseThrow().id();
        return users.login(id, OWNER_PIN);
    }

    /** Creates a user on behalf of the owner. */
    StaffMember create(String name, Role role, String pin) {
        return users.createUser(owner(), name, role, pin);
    }

    List<AuditEntry> audit() {
        return audit.between(Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"));
    }

    List<AuditAction> auditActionsFor(UUID userId) {
        return audit.byUser(userId, Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z")).stream()
                .map(AuditEntry::action).toList();
    }

    @Override
    public void close() {
        database.close();
    }
}
