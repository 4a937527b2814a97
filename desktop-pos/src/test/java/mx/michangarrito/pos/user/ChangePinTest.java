package mx.michangarrito.pos.user;

import static mx.michangarrito.pos.audit.AuditAction.PIN_CHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import mx.michangarrito.pos.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangePinTest {

    @TempDir
    Path dataDir;
    private UserTestBed bed;
    private StaffMember pepe;
    private StaffMember ana;

    @BeforeEach
    void open() {
        bed = new UserTestBed(dataDir);
        pepe = bed.create("Pepe", Role.CASHIER, "4321");
        ana = bed.create("Ana", Role.CASHIER, "9999");
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aUserChangesTheirOwnPinAndTheOldOneStopsWorking() {
        Operator self = bed.users().login(pepe.id(), "4321");

        bed.users().changePin(self, pepe.id(), "1357");

        assertEquals(UserException.Reason.WRONG_PIN,
                assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "4321")).reason());
        assertEquals(pepe.id(), bed.users().login(pepe.id(), "1357").userId());
    }

    @Test
    void theChangeIsAuditedWithWhoMadeIt() {
        Operator owner = bed.owner();

        bed.users().changePin(owner, pepe.id(), "1357");

        AuditEntry changed = bed.audit().getLast();
        assertEquals(PIN_CHANGED, changed.action());
        assertEquals(owner.userId(), changed.userId().orElseThrow());
        assertEquals(pepe.id().toString(), changed.subject());
    }

    @Test
    void aCashierCannotChangeSomeoneElsesPin() {
        Operator self = bed.users().login(pepe.id(), "4321");

        UserException e = assertThrows(UserException.class, () -> bed.users().changePin(self, ana.id(), "1357"));

        assertEquals(UserException.Reason.NOT_ALLOWED, e.reason());
        assertEquals(ana.id(), bed.users().login(ana.id(), "9999").userId());
    }

    @Test
    void aNewPinMustHaveTheRightFormat() {
        Operator self = bed.users().login(pepe.id(), "4321");

        UserException e = assertThrows(UserException.class, () -> bed.users().changePin(self, pepe.id(), "12345678"));

        assertEquals(UserException.Reason.INVALID_PIN_FORMAT, e.reason());
    }
}
