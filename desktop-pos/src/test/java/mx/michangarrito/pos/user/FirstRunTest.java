package mx.michangarrito.pos.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import mx.michangarrito.pos.audit.AuditAction;
import mx.michangarrito.pos.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunTest {

    @TempDir
    Path dataDir;
    private UserTestBed bed;

    @BeforeEach
    void open() {
        bed = new UserTestBed(dataDir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theFirstUserMustBeTheOwner() {
        UserException e = assertThrows(UserException.class,
                () -> bed.users().createUser(null, "Pepe", Role.CASHIER, "1234"));

        assertEquals(UserException.Reason.FIRST_USER_MUST_BE_OWNER, e.reason());
        assertTrue(bed.users().isFirstRun());
        assertEquals(List.of(), bed.audit());
    }

    @Test
    void theFirstOwnerIsCreatedWithoutAnyoneLoggedInAndRecordedAsTheirOwnCreator() {
        StaffMember lupita = bed.users().createUser(null, "Lupita", Role.OWNER, "1111");

        assertFalse(bed.users().isFirstRun());
        assertEquals(List.of(lupita), bed.users().listActive());
        AuditEntry created = bed.audit().getFirst();
        assertEquals(AuditAction.USER_CREATED, created.action());
        assertEquals(lupita.id(), created.userId().orElseThrow());
        assertEquals(lupita.id().toString(), created.subject());
        assertEquals(UserTestBed.START, created.at());
    }

    @Test
    void afterFirstRunNobodyCreatesUsersWithoutLoggingIn() {
        bed.owner();

        UserException e = assertThrows(UserException.class,
                () -> bed.users().createUser(null, "Pepe", Role.CASHIER, "1234"));

        assertEquals(UserException.Reason.NOT_ALLOWED, e.reason());
    }

    @Test
    void onlyAnOwnerCreatesUsers() {
        Operator owner = bed.owner();
        StaffMember manager = bed.create("Memo", Role.MANAGER, "2222");
        Operator memo = bed.users().login(manager.id(), "2222");

        UserException e = assertThrows(UserException.class,
                () -> bed.users().createUser(memo, "Pepe", Role.CASHIER, "1234"));
        StaffMember pepe = bed.users().createUser(owner, "Pepe", Role.CASHIER, "1234");

        assertEquals(UserException.Reason.NOT_ALLOWED, e.reason());
        assertTrue(e.userMessage().spanish().contains("del dueño"), e.userMessage().spanish());
        AuditEntry created = bed.audit().getLast();
        assertEquals(AuditAction.USER_CREATED, created.action());
        assertEquals(owner.userId(), created.userId().orElseThrow());
        assertEquals(pepe.id().toString(), created.subject());
    }

    @Test
    void anOwnerMayCreateAnotherOwner() {
        Operator owner = bed.owner();

        StaffMember second = bed.users().createUser(owner, "Don Chuy", Role.OWNER, "3333");

        assertEquals(Role.OWNER, bed.users().login(second.id(), "3333").role());
    }
}
