package mx.michangarrito.pos.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.pos.settings.Setting;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final Instant NINE = Instant.parse("2026-03-14T15:00:00Z");
    private static final Instant FAR = Instant.parse("3000-01-01T00:00:00Z");

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(NINE);
    private PosDatabase database;
    private AuditLog audit;

    @BeforeEach
    void open() {
        database = PosDatabase.open(dataDir, List.of(Setting.class, AuditEntry.class));
        audit = new AuditLog(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEntryCommitsWithTheCallersTransactionAndSurvivesARestart() {
        UUID manager = UUID.randomUUID();
        database.writeVoid(s -> audit.record(s, AuditAction.OVERRIDE_GRANTED, manager, "void CAJA1-9", "role MANAGER"));
        close();
        open();

        AuditEntry entry = audit.between(NINE, FAR).getFirst();

        assertEquals(AuditAction.OVERRIDE_GRANTED, entry.action());
        assertEquals(manager, entry.userId().orElseThrow());
        assertEquals("void CAJA1-9", entry.subject());
        assertEquals("role MANAGER", entry.detail());
        assertEquals(NINE, entry.at());
        assertEquals(7, entry.id().version());
    }

    @Test
    void anActionThatFailsLeavesNoAuditRowBehind() {
        assertThrows(IllegalStateException.class, () -> database.writeVoid(s -> {
            audit.record(s, AuditAction.OVERRIDE_GRANTED, UUID.randomUUID(), "void CAJA1-9", null);
            throw new IllegalStateException("the void failed");
        }));

        assertEquals(List.of(), audit.between(Instant.EPOCH, FAR));
    }

    @Test
    void aTimeRangeIncludesItsStartAndExcludesItsEndOldestFirst() {
        recordAt(NINE, AuditAction.LOGIN_OK, null);
        recordAt(NINE.plus(Duration.ofHours(1)), AuditAction.LOGIN_FAILED, null);
        recordAt(NINE.plus(Duration.ofHours(2)), AuditAction.USER_LOCKED, null);

        List<AuditAction> actions = audit.between(NINE, NINE.plus(Duration.ofHours(2))).stream()
                .map(AuditEntry::action).toList();

        assertEquals(List.of(AuditAction.LOGIN_OK, AuditAction.LOGIN_FAILED), actions);
    }

    @Test
    void aUsersEntriesAreOnlyTheirOwn() {
        UUID ana = UUID.randomUUID();
        UUID pepe = UUID.randomUUID();
        recordAt(NINE, AuditAction.LOGIN_OK, ana);
        recordAt(NINE, AuditAction.LOGIN_OK, pepe);
        recordAt(NINE, AuditAction.LOGIN_FAILED, null);
        recordAt(NINE, AuditAction.PIN_CHANGED, ana);

        List<AuditAction> actions = audit.byUser(ana, Instant.EPOCH, FAR).stream().map(AuditEntry::action).toList();

        assertEquals(List.of(AuditAction.LOGIN_OK, AuditAction.PIN_CHANGED), actions);
    }

    @Test
    void anOverlongDetailIsCutRatherThanFailingTheAction() {
        database.writeVoid(s -> audit.record(s, AuditAction.LOGIN_FAILED, null, "s".repeat(500), "d".repeat(5000)));

        AuditEntry entry = audit.between(Instant.EPOCH, FAR).getFirst();

        assertEquals(200, entry.subject().length());
        assertEquals(1000, entry.detail().length());
        assertTrue(entry.detail().endsWith("…"));
    }

    private void recordAt(Instant at, AuditAction action, UUID userId) {
        clock.advance(Duration.between(clock.instant(), at));
        database.writeVoid(s -> audit.record(s, action, userId, null, null));
    }
}
