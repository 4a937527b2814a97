package mx.michangarrito.pos.user;

import static mx.michangarrito.pos.audit.AuditAction.LOGIN_FAILED;
import static mx.michangarrito.pos.audit.AuditAction.LOGIN_OK;
import static mx.michangarrito.pos.audit.AuditAction.USER_LOCKED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import mx.michangarrito.pos.audit.AuditAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockoutTest {

    private static final Instant LOCKED_UNTIL = UserTestBed.START.plus(Duration.ofMinutes(5));

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
    void theFifthWrongPinInARowLocksTheUserForFiveMinutes() {
        UserException fifth = wrongPins(5);

        assertEquals(UserException.Reason.LOCKED, fifth.reason());
        assertEquals(Optional.of(LOCKED_UNTIL), fifth.lockedUntil());
        // Locked until 10:05:30 in Mexico City: the screen names the first minute the lock is surely over.
        assertTrue(fifth.userMessage().spanish().endsWith("Intenta de nuevo a las 10:06."), fifth.userMessage().spanish());
        assertTrue(fifth.userMessage().format(Locale.ENGLISH).endsWith("Try again at 10:06."));
        List<AuditAction> expected = Stream.concat(Collections.nCopies(5, LOGIN_FAILED).stream(), Stream.of(USER_LOCKED))
                .toList();
        assertEquals(expected, bed.auditActionsFor(pepe.id()));
    }

    @Test
    void whileLockedEvenTheRightPinIsRefusedAndAudited() {
        wrongPins(5);
        bed.clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        UserException e = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "4321"));

        assertEquals(UserException.Reason.LOCKED, e.reason());
        assertEquals(LOGIN_FAILED, bed.audit().getLast().action());
        assertTrue(bed.audit().getLast().detail().contains("locked until " + LOCKED_UNTIL), bed.audit().getLast().detail());
    }

    @Test
    void afterFiveMinutesTheRightPinWorksAgainWithFiveFreshTries() {
        wrongPins(5);
        bed.clock.advance(Duration.ofMinutes(5));

        assertEquals(pepe.id(), bed.users().login(pepe.id(), "4321").userId());
        assertEquals(UserException.Reason.WRONG_PIN, wrongPins(4).reason());
        assertEquals(LOGIN_OK, bed.auditActionsFor(pepe.id()).get(6));
    }

    @Test
    void theLockIsPerUser() {
        StaffMember ana = bed.create("Ana", Role.CASHIER, "9999");
        wrongPins(5);

        assertEquals(ana.id(), bed.users().login(ana.id(), "9999").userId());
    }

    @Test
    void wrongPinsAreRememberedAcrossARestart() {
        wrongPins(4);
        bed.reopen();

        UserException fifth = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "0000"));

        assertEquals(UserException.Reason.LOCKED, fifth.reason());
    }

    @Test
    void aLockIsKeptAcrossARestart() {
        wrongPins(5);
        bed.reopen();

        UserException e = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "4321"));

        assertEquals(UserException.Reason.LOCKED, e.reason());
        assertEquals(List.of(LOGIN_FAILED, LOGIN_FAILED, LOGIN_FAILED, LOGIN_FAILED, LOGIN_FAILED, USER_LOCKED,
                LOGIN_FAILED), bed.auditActionsFor(pepe.id()));
    }

    @Test
    void anOwnerSettingANewPinLiftsTheLock() {
        wrongPins(5);

        bed.users().changePin(bed.owner(), pepe.id(), "2468");

        assertEquals(pepe.id(), bed.users().login(pepe.id(), "2468").userId());
    }

    /** Types {@code count} wrong PINs for Pepe and returns the last refusal. */
    private UserException wrongPins(int count) {
        UserException last = null;
        for (int i = 0; i < count; i++) {
            last = assertThrows(UserException.class, () -> bed.users().login(pepe.id(), "0000"));
        }
        return last;
    }
}
