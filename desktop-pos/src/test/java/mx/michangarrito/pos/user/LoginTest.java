package mx.michangarrito.pos.user;

import static mx.michangarrito.pos.audit.AuditAction.LOGIN_FAILED;
import static mx.michangarrito.pos.audit.AuditAction.LOGIN_OK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;
import mx.michangarrito.pos.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginTest {

    @TempDir
    Path dataDir;
    private UserTestBed bed;
    private StaffMember pepe;

    @BeforeEach
    void open() {
        bed = new UserTestBed(dataDir);
        pepe = bed.create("Pepe", Role.CASHIER, "4321");
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theRightPinLogsTheUserInAndIsAudited() {
        Operator operator = bed.users().login(pepe.id(), "4321");

        assertEquals(new Operator(pepe.id(), "Pepe", Role.CASHIER, UserTestBed.START), operator);
        assertEquals(List.of(LOGIN_OK), bed.auditActionsFor(pepe.id()));
    }

    @Test
    void aWrongPinIsRefusedSayingHowManyTriesAreLeftAndIsAudited() {
        UserException e = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "1234"));

        assertEquals(UserException.Reason.WRONG_PIN, e.reason());
        assertEquals(OptionalInt.of(4), e.remainingAttempts());
        assertTrue(e.userMessage().spanish().contains("Te quedan 4 intentos"), e.userMessage().spanish());
        assertTrue(e.userMessage().format(Locale.ENGLISH).contains("4 tries left"));
        AuditEntry failed = bed.audit().getLast();
        assertEquals(LOGIN_FAILED, failed.action());
        assertEquals(pepe.id(), failed.userId().orElseThrow());
        assertTrue(failed.detail().contains("wrong PIN, 1 of 5"), failed.detail());
    }

    @Test
    void theLastTryBeforeTheLockoutIsAnnouncedInTheSingular() {
        for (int i = 0; i < 3; i++) {
            assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "0000"));
        }
        UserException fourth = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "0000"));

        assertEquals(OptionalInt.of(1), fourth.remainingAttempts());
        assertTrue(fourth.userMessage().spanish().contains("Te queda 1 intento "), fourth.userMessage().spanish());
    }

    @Test
    void theRightPinStartsTheCountOfWrongOnesAgain() {
        for (int i = 0; i < 4; i++) {
            assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "0000"));
        }
        bed.users().login(pepe.id(), "4321");

        UserException e = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "0000"));

        assertEquals(OptionalInt.of(4), e.remainingAttempts());
    }

    @Test
    void aMalformedPinIsRefusedAuditedButNotCounted() {
        UserException e = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "12"));
        UserException wrong = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "0000"));

        assertEquals(UserException.Reason.INVALID_PIN_FORMAT, e.reason());
        assertEquals(OptionalInt.of(4), wrong.remainingAttempts());
        assertEquals(List.of(LOGIN_FAILED, LOGIN_FAILED), bed.auditActionsFor(pepe.id()));
    }

    @Test
    void aDeactivatedUserIsRefusedEvenWithTheRightPin() {
        bed.users().deactivate(bed.owner(), pepe.id());

        UserException e = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "4321"));

        assertEquals(UserException.Reason.INACTIVE, e.reason());
        assertTrue(e.userMessage().spanish().contains("«Pepe» está dado de baja"), e.userMessage().spanish());
        assertEquals(LOGIN_FAILED, bed.audit().getLast().action());
    }

    @Test
    void anUnknownUserIsRefusedAndTheAttemptAuditedWithoutAUser() {
        UUID nobody = UUID.randomUUID();

        UserException e = assertThrows(UserException.class, () -> bed.users().login(nobody, "4321"));

        assertEquals(UserException.Reason.UNKNOWN_USER, e.reason());
        AuditEntry failed = bed.audit().getLast();
        assertEquals(LOGIN_FAILED, failed.action());
        assertTrue(failed.userId().isEmpty());
        assertEquals(nobody.toString(), failed.subject());
    }
}
