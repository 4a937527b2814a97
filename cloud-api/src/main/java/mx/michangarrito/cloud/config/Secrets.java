package mx.michangarrito.cloud.config;

import java.util.Objects;

/**
 * Key material of the service. Never logged: {@link #toString()} names no value.
 *
 * @param jwtKey             HMAC key for access tokens, at least 32 bytes
 * @param encryptionKey      AES-256 key for tenants' integration credentials, 32 bytes
 * @param ownerDbPassword    password of the owner role (dev mode only, else empty)
 * @param appDbPassword      password of the app role (dev mode only, else empty)
 */
public record Secrets(byte[] jwtKey, byte[] encryptionKey, String ownerDbPassword, String appDbPassword) {

    public Secrets {
        Objects.requireNonNull(jwtKey, "jwtKey");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        if (jwtKey.length < 32) {
            throw new StartupException("the JWT secret must be at least 32 bytes (base64 of 32 random bytes)");
        }
        if (encryptionKey.length != 32) {
            throw new StartupException("the encryption key must be exactly 32 bytes, base64 encoded (AES-256)");
        }
        jwtKey = jwtKey.clone();
        encryptionKey = encryptionKey.clone();
    }

    @Override
    public byte[] jwtKey() {
        return jwtKey.clone();
    }

    @Override
    public byte[] encryptionKey() {
        return encryptionKey.clone();
    }

    @Override
    public String toString() {
        return "Secrets[redacted]";
    }
}
