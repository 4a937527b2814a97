package mx.michangarrito.cloud.integration;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** AES-256-GCM sealing: round trip, fresh nonces, and refusal of any change. */
class CredentialCipherTest {

    private final CredentialCipher cipher = new CredentialCipher(key());
    private final byte[] plain = "sk-live-123".getBytes(StandardCharsets.UTF_8);
    private final byte[] row = "tenant-a/llm".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealedTextOpensToThePlaintext() {
        assertArrayEquals(plain, cipher.open(cipher.seal(plain, row), row));
    }

    @Test
    void everySealingUsesAFreshNonce() {
        Sealed one = cipher.seal(plain, row);
        Sealed two = cipher.seal(plain, row);
        assertFalse(java.util.Arrays.equals(one.nonce(), two.nonce()));
        assertFalse(java.util.Arrays.equals(one.ciphertext(), two.ciphertext()));
        assertEquals(12, one.nonce().length);
    }

    @Test
    void aCiphertextMovedToAnotherRowDoesNotOpen() {
        Sealed sealed = cipher.seal(plain, row);
        assertThrows(IllegalStateException.class,
                () -> cipher.open(sealed, "tenant-b/llm".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFlippedBitOrAnotherKeyDoesNotOpen() {
        Sealed sealed = cipher.seal(plain, row);
        byte[] flipped = sealed.ciphertext().clone();
        flipped[0] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.open(new Sealed(sealed.keyId(), sealed.nonce(), flipped), row));
        CredentialCipher other = new CredentialCipher(key());
        assertThrows(IllegalStateException.class, () -> other.open(sealed, row));
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
