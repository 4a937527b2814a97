package mx.michangarrito.cloud.integration;

/**
 * An encrypted value: AES-256-GCM ciphertext with its tag, the 12-byte nonce, and which key made it.
 */
public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {

    @Override
    public String toString() {
        return "Sealed[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
