package mx.michangarrito.pos.user;

import static mx.michangarrito.pos.audit.AuditAction.USER_DEACTIVATED;
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

class DeactivationTest {

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

    @Test
    void aDeactivatedUserLeavesTheListButIsKeptAndAudited() {
        bed.users().deactivate(owner, pepe.id());

        assertEquals(List.of("Lupita"), bed.users().listActive().stream().map(StaffMember::displayName).toList());
        long rows = bed.database().read(s -> s.createNativeQuery("SELECT COUNT(*) FROM pos_user", Long.class)
                .getSingleResult());
        assertEquals(2, rows);
        AuditEntry deactivated = bed.audit().getLast();
        assertEquals(USER_DEACTIVATED, deactivated.action());
        assertEquals(owner.userId(), deactivated.userId().orElseThrow());
        assertEquals(pepe.id().toString(), deactivated.subject());
    }

    @Test
    void onlyAnOwnerDeactivatesUsers() {
        StaffMember memo = bed.create("Memo", Role.MANAGER, "8765");
        Operator manager = bed.users().login(memo.id(), "8765");

        UserException e = assertThrows(UserException.class, () -> bed.users().deactivate(manager, pepe.id()));

        assertEquals(UserException.Reason.NOT_ALLOWED, e.reason());
        assertEquals(3, bed.users().listActive().size());
    }

    @Test
    void theLastActiveOwnerCannotBeDeactivated() {
        UserException e = assertThrows(UserException.class, () -> bed.users().deactivate(owner, owner.userId()));

        assertEquals(UserException.Reason.LAST_ACTIVE_OWNER, e.reason());
        assertTrue(e.userMessage().spanish().contains("«Lupita» es el único dueño activo"), e.userMessage().spanish());
    }

    @Test
    void aDeactivatedOwnerCanNoLongerActEvenWithAnEarlierLogin() {
        StaffMember chuy = bed.users().createUser(owner, "Don Chuy", Role.OWNER, "3333");
        Operator chuyLoggedIn = bed.users().login(chuy.id(), "3333");
        bed.users().deactivate(owner, chuy.id());

        UserException e = assertThrows(UserException.class,
                () -> bed.users().createUser(chuyLoggedIn, "Ana", Role.CASHIER, "1234"));

        assertEquals(UserException.Reason.INACTIVE, e.reason());
    }

    @Test
    void deactivatingTwiceChangesNothingMore() {
        bed.users().deactivate(owner, pepe.id());
        int auditRows = bed.audit().size();

        bed.users().deactivate(owner, pepe.id());

        assertEquals(auditRows, bed.audit().size());
    }
}
