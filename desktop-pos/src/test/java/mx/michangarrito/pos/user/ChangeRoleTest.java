package mx.michangarrito.pos.user;

import static mx.michangarrito.pos.audit.AuditAction.ROLE_CHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mx.michangarrito.pos.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeRoleTest {

    @TempDir
    Path dataDir;
    private UserTestBed bed;
    private Operator owner;
    private StaffMember pepe;

    @BeforeEach
    void open() {
        bed = new UserTestBed(dataDir);
        owner = bed.owner();
        pepe = bed.create("Pepe", Role.CASHIER, "4321");
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private Role roleOf(StaffMember member) {
        return bed.users().listActive().stream().filter(m -> m.id().equals(member.id())).findFirst().orElseThrow().role();
    }

    @Test
    void anOwnerPromotesACashierAndItIsAudited() {
        bed.users().changeRole(owner, pepe.id(), Role.MANAGER);

        assertEquals(Role.MANAGER, roleOf(pepe));
        AuditEntry entry = bed.audit().getLast();
        assertEquals(ROLE_CHANGED, entry.action());
        assertEquals(owner.userId(), entry.userId().orElseThrow());
        assertEquals("Pepe: CASHIER -> MANAGER", entry.detail());
        Operator pepeNow = bed.users().login(pepe.id(), "4321");
        assertEquals(Role.MANAGER, pepeNow.role());
    }

    @Test
    void aManagerCannotChangeRoles() {
        StaffMember memo = bed.create("Memo", Role.MANAGER, "8765");
        Operator manager = bed.users().login(memo.id(), "8765");

        UserException e = assertThrows(UserException.class,
                () -> bed.users().changeRole(manager, pepe.id(), Role.OWNER));

        assertEquals(UserException.Reason.NOT_ALLOWED, e.reason());
        assertEquals(Role.CASHIER, roleOf(pepe));
    }

    @Test
    void theLastOwnerStaysAnOwnerButWithASecondOwnerTheFirstMayStepDown() {
        UserException e = assertThrows(UserException.class,
                () -> bed.users().changeRole(owner, owner.userId(), Role.MANAGER));
        assertEquals(UserException.Reason.LAST_OWNER_ROLE, e.reason());
        assertTrue(e.userMessage().spanish().contains("Crea otro dueño primero"));

        bed.users().changeRole(owner, pepe.id(), Role.OWNER);
        bed.users().changeRole(owner, owner.userId(), Role.MANAGER);
        assertEquals(Role.MANAGER, bed.users().listActive().stream()
                .filter(m -> m.displayName().equals("Lupita")).findFirst().orElseThrow().role());
    }
}
