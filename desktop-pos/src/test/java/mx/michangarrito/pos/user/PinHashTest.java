package mx.michangarrito.pos.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinHashTest {

    @TempDir
    Path dataDir;

    @Test
    void theStoredHashIsNotThePinAndTwoUsersWithTheSamePinGetDifferentHashes() {
        try (UserTestBed bed = new UserTestBed(dataDir)) {
            StaffMember pepe = bed.create("Pepe", Role.CASHIER, "2580");
            StaffMember ana = bed.create("Ana", Role.CASHIER, "2580");

            String pepeHash = storedHash(bed, pepe.id());
            String anaHash = storedHash(bed, ana.id());

            assertFalse(pepeHash.contains("2580"), pepeHash);
            assertTrue(pepeHash.startsWith("$2a$04$"), pepeHash);
            assertNotEquals(pepeHash, anaHash);
        }
    }

    @Test
    void theCostIsWrittenInTheHash() {
        assertTrue(new PinHasher(UserService.PRODUCTION_BCRYPT_COST).hash("123456").startsWith("$2a$10$"));
    }

    @Test
    void aHashMatchesOnlyItsOwnPin() {
        PinHasher hasher = new PinHasher(4);
        String hash = hasher.hash("0420");

        assertTrue(hasher.matches("0420", hash));
        assertFalse(hasher.matches("420", hash));
        assertFalse(hasher.matches("0421", hash));
        assertFalse(hasher.matches("0420", "not a bcrypt hash"));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 32})
    void aCostBcryptDoesNotHaveIsRefused(int cost) {
        assertThrows(IllegalArgumentException.class, () -> new PinHasher(cost));
    }

    private static String storedHash(UserTestBed bed, UUID id) {
        return bed.database().read(s -> s.createNativeQuery("SELECT pin_hash FROM pos_user WHERE id = :id", String.class)
                .setParameter("id", id)
                .getSingleResult());
    }
}
