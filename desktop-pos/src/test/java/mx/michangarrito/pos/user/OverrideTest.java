package mx.michangarrito.pos.user;

import static mx.michangarrito.pos.audit.AuditAction.OVERRIDE_DENIED;
import static mx.michangarrito.pos.audit.AuditAction.OVERRIDE_GRANTED;
import static mx.michangarrito.pos.audit.AuditAction.USER_LOCKED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import mx.michangarrito.pos.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverrideTest {

    @TempDir
    Path dataDir;
    private UserTestBed bed;
    private StaffMember cashier;
    private StaffMember manager;

    @BeforeEach
    void open() {
        bed = new UserTestBed(dataDir);
        cashier = bed.create("Pepe", Role.CASHIER, "4321");
        manager = bed.create("Memo", Role.MANAGER, "8765");
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aCashierCannotAuthoriseAnOverrideEvenWithTheRightPin() {
        UserException e = assertThrows(UserException.class,
                () -> bed.users().authorize(cashier.id(), "4321", Role.MANAGER, "discount 30% on CAJA1-7"));

        assertEquals(UserException.Reason.NOT_ALLOWED, e.reason());
        assertTrue(e.userMessage().spanish().contains("de un encargado o del dueño"), e.userMessage().spanish());
        AuditEntry denied = bed.audit().getLast();
        assertEquals(OVERRIDE_DENIED, denied.action());
        assertEquals(cashier.id(), denied.userId().orElseThrow());
        assertEquals("discount 30% on CAJA1-7", denied.subject());
    }

    @Test
    void aManagerAuthorisesAnOverrideAndIsRecordedAsTheOneWhoDid() {
        Operator authoriser = bed.users().authorize(manager.id(), "8765", Role.MANAGER, "void CAJA1-1024");

        assertEquals(manager.id(), authoriser.userId());
        assertEquals(Role.MANAGER, authoriser.role());
        AuditEntry granted = bed.audit().getLast();
        assertEquals(OVERRIDE_GRANTED, granted.action());
        assertEquals(manager.id(), granted.userId().orElseThrow());
        assertEquals("void CAJA1-1024", granted.subject());
    }

    @Test
    void anOwnerAuthorisesWhatAManagerMay() {
        Operator owner = bed.owner();

        assertEquals(owner.userId(), bed.users().authorize(owner.userId(), UserTestBed.OWNER_PIN, Role.MANAGER).userId());
    }

    @Test
    void aManagerCannotAuthoriseWhatOnlyTheOwnerMay() {
        UserException e = assertThrows(UserException.class,
                () -> bed.users().authorize(manager.id(), "8765", Role.OWNER));

        assertEquals(UserException.Reason.NOT_ALLOWED, e.reason());
        assertEquals(List.of(OVERRIDE_DENIED), bed.auditActionsFor(manager.id()));
    }

    @Test
    void wrongPinsOnOverridesCountTowardTheSameLockoutAsLogins() {
        for (int i = 0; i < 3; i++) {
            assertThrows(UserException.class, () -> bed.users().authorize(manager.id(), "0000", Role.MANAGER));
        }
        assertThrows(UserException.class, () -> bed.users().login(manager.id(), "0000"));

        UserException fifth = assertThrows(UserException.class,
                () -> bed.users().authorize(manager.id(), "0000", Role.MANAGER));

        assertEquals(UserException.Reason.LOCKED, fifth.reason());
        assertEquals(USER_LOCKED, bed.audit().getLast().action());
        UserException locked = assertThrows(UserException.class,
                () -> bed.users().authorize(manager.id(), "8765", Role.MANAGER));
        assertEquals(UserException.Reason.LOCKED, locked.reason());
    }
}
