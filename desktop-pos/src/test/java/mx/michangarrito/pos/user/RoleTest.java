package mx.michangarrito.pos.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTest {

    @ParameterizedTest
    @CsvSource({
        "OWNER,   OWNER,   true",  "OWNER,   MANAGER, true",  "OWNER,   CASHIER, true",
        "MANAGER, OWNER,   false", "MANAGER, MANAGER, true",  "MANAGER, CASHIER, true",
        "CASHIER, OWNER,   false", "CASHIER, MANAGER, false", "CASHIER, CASHIER, true",
    })
    void aRoleCanDoWhatItsOwnAndEveryLowerRoleCanDo(Role role, Role required, boolean allowed) {
        assertEquals(allowed, role.atLeast(required));
    }
}
