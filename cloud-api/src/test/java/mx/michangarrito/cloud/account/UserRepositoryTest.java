package mx.michangarrito.cloud.account;

import java.time.Instant;
import java.util.UUID;

import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.DataAccessException;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.support.TestCloud;
import mx.michangarrito.cloud.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The users table's keys: one person per phone per shop, the same phone in another shop is fine. */
class UserRepositoryTest {

    private final Database db = TestDatabase.get().database();
    private final UserRepository users = new UserRepository();
    private final TenantRepository tenants = new TenantRepository();

    @Test
    void aSecondInsertOfAPhoneInTheSameShopIsAUniqueViolationButNotInAnotherShop() {
        String phone = TestCloud.newPhone();
        UUID a = shopWith(phone);
        var duplicate = assertThrows(DataAccessException.class, () -> db.inTenant(a, tx -> {
            users.insert(tx, new Member(a, UUID.randomUUID(), phone, "Otra", Role.CASHIER, MemberStatus.INVITED),
                    null, Instant.now());
            return null;
        }));
        assertTrue(duplicate.uniqueViolation(), duplicate.getMessage());
        UUID b = shopWith(phone);
        assertEquals(phone, db.inTenant(b, tx -> users.findByPhone(tx, phone)).orElseThrow().phone());
    }

    @Test
    void otherFailuresAreNotUniqueViolations() {
        UUID missingShop = UUID.randomUUID();
        var failure = assertThrows(DataAccessException.class, () -> db.inTenant(missingShop, tx -> {
            users.insert(tx, new Member(missingShop, UUID.randomUUID(), TestCloud.newPhone(), "X", Role.CASHIER,
                    MemberStatus.INVITED), null, Instant.now());
            return null;
        }));
        assertFalse(failure.uniqueViolation(), failure.getMessage());
    }

    private UUID shopWith(String phone) {
        UUID tenant = UUID.randomUUID();
        db.inTenant(tenant, tx -> {
            tenants.insert(tx, "Tienda", Instant.now());
            users.insert(tx, new Member(tenant, UUID.randomUUID(), phone, "Dueña", Role.OWNER, MemberStatus.ACTIVE),
                    null, Instant.now());
            return null;
        });
        return tenant;
    }
}
