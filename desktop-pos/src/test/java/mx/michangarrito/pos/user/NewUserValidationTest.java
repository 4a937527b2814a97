package mx.michangarrito.pos.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NewUserValidationTest {

    @TempDir
    Path dataDir;
    private UserTestBed bed;
    private Operator owner;

    @BeforeEach
    void open() {
        bed = new UserTestBed(dataDir);
        owner = bed.owner();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "0000", "12345", "987654"})
    void aPinOfFourToSixDigitsIsAccepted(String pin) {
        StaffMember pepe = bed.users().createUser(owner, "Pepe", Role.CASHIER, pin);

        assertEquals(pepe.id(), bed.users().login(pepe.id(), pin).userId());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123", "1234567", "12a4", " 1234", "1234 ", "12.34", "-1234", "١٢٣٤"})
    void anyOtherPinIsRefused(String pin) {
        UserException e = assertThrows(UserException.class,
                () -> bed.users().createUser(owner, "Pepe", Role.CASHIER, pin));

        assertEquals(UserException.Reason.INVALID_PIN_FORMAT, e.reason());
        assertEquals(1, bed.users().listActive().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pepe", "PEPE", "  Pepe  ", "pEpE"})
    void aNameIsTakenWhateverItsCase(String sameName) {
        bed.users().createUser(owner, "Pepe", Role.CASHIER, "1234");

        UserException e = assertThrows(UserException.class,
                () -> bed.users().createUser(owner, sameName, Role.MANAGER, "5678"));

        assertEquals(UserException.Reason.NAME_TAKEN, e.reason());
        assertTrue(e.userMessage().spanish().contains("«" + sameName.strip() + "»"), e.userMessage().spanish());
    }

    @Test
    void aDeactivatedUserKeepsTheirName() {
        StaffMember pepe = bed.users().createUser(owner, "Pepe", Role.CASHIER, "1234");
        bed.users().deactivate(owner, pepe.id());

        UserException e = assertThrows(UserException.class,
                () -> bed.users().createUser(owner, "Pepe", Role.CASHIER, "1234"));

        assertEquals(UserException.Reason.NAME_TAKEN, e.reason());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aBlankNameIsRefused(String name) {
        UserException e = assertThrows(UserException.class,
                () -> bed.users().createUser(owner, name, Role.CASHIER, "1234"));

        assertEquals(UserException.Reason.INVALID_NAME, e.reason());
    }

    @Test
    void aNameLongerThanSixtyCharactersIsRefused() {
        UserException e = assertThrows(UserException.class,
                () -> bed.users().createUser(owner, "x".repeat(61), Role.CASHIER, "1234"));

        assertEquals(UserException.Reason.INVALID_NAME, e.reason());
    }

    @Test
    void namesAreTrimmedAndListedAlphabeticallyIgnoringCase() {
        bed.users().createUser(owner, "  maría   José ", Role.CASHIER, "1234");
        bed.users().createUser(owner, "Beto", Role.MANAGER, "1234");

        List<String> names = bed.users().listActive().stream().map(StaffMember::displayName).toList();

        assertEquals(List.of("Beto", "Lupita", "maría José"), names);
    }
}
