package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.settings.Setting;
import mx.michangarrito.pos.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosDatabaseTest {

    private static final List<Class<?>> ENTITIES = List.of(Setting.class);

    @TempDir
    Path dataDir;

    @Test
    void createsTheDatabaseFileAndKeepsDataAcrossReopening() {
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES)) {
            new Settings(db, Clock.systemUTC()).put("terminal.code", "CAJA1");
        }
        assertTrue(Files.exists(dataDir.resolve("pos.mv.db")));
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES)) {
            assertEquals(Optional.of("CAJA1"), new Settings(db, Clock.systemUTC()).get("terminal.code"));
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES)) {
            Settings settings = new Settings(db, Clock.systemUTC());
            assertThrows(IllegalStateException.class, () -> db.writeVoid(session -> {
                Counters.next(session, "missing"); // throws after nothing else was written
            }));
            assertThrows(IllegalArgumentException.class, () -> db.writeVoid(session -> {
                session.createNativeMutationQuery("INSERT INTO counter VALUES ('test', 0)").executeUpdate();
                throw new IllegalArgumentException("cashier cancelled");
            }));
            long folio = db.read(session -> Counters.current(session, "test"));
            assertEquals(0, folio);
            assertEquals(Optional.empty(), settings.get("anything"));
        }
    }

    @Test
    void countersHandOutEveryNumberOnceAndGiveBackRolledBackOnes() {
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES)) {
            db.writeVoid(s -> s.createNativeMutationQuery("INSERT INTO counter VALUES ('test', 0)").executeUpdate());
            long first = db.write(s -> Counters.next(s, "test"));
            assertEquals(1, first);
            assertThrows(IllegalStateException.class, () -> db.writeVoid(s -> {
                Counters.next(s, "test");
                throw new IllegalStateException("printer on fire");
            }));
            long second = db.write(s -> Counters.next(s, "test"));
            assertEquals(2, second);
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedInSpanish() {
        try (PosDatabase first = PosDatabase.open(dataDir, ENTITIES)) {
            StoreException e = assertThrows(StoreException.class, () -> PosDatabase.open(dataDir, ENTITIES));
            assertEquals(StoreException.Reason.IN_USE, e.reason());
            assertTrue(e.userMessage().spanish().contains("ya está abierto"), e.userMessage().spanish());
            assertEquals(Optional.empty(), new Settings(first, Clock.systemUTC()).get("still.works"));
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsReported() throws Exception {
        Path file = Files.writeString(dataDir.resolve("not-a-folder"), "x");
        StoreException e = assertThrows(StoreException.class, () -> PosDatabase.open(file.resolve("data"), ENTITIES));
        assertEquals(StoreException.Reason.DATA_DIR_UNUSABLE, e.reason());
    }
}
