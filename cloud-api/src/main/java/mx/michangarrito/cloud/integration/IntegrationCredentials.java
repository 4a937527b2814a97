package mx.michangarrito.cloud.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.michangarrito.cloud.db.Database;

/**
 * A shop's own credentials for an integration, stored sealed with {@link CredentialCipher}. Features that
 * call WhatsApp, an LLM or a payment provider ask {@link #resolve}; empty means "use the platform's".
 */
public final class IntegrationCredentials {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final IntegrationCredentialRepository repository;
    private final CredentialCipher cipher;
    private final Clock clock;

    public IntegrationCredentials(Database database, IntegrationCredentialRepository repository,
                                  CredentialCipher cipher, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void store(UUID tenantId, IntegrationKind kind, Map<String, String> values, UUID by) {
        byte[] plaintext;
        try {
            plaintext = JSON.writeValueAsBytes(new TreeMap<>(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Sealed sealed = cipher.seal(plaintext, associatedData(tenantId, kind));
        database.inTenant(tenantId, tx -> {
            repository.upsert(tx, kind, sealed, by, clock.instant());
            return null;
        });
    }

    /** The shop's own credentials, decrypted; empty when the shop uses the platform's. */
    public Optional<Map<String, String>> resolve(UUID tenantId, IntegrationKind kind) {
        return database.inTenant(tenantId, tx -> repository.find(tx, kind)).map(sealed -> {
            try {
                return JSON.readValue(cipher.open(sealed, associatedData(tenantId, kind)), new TypeReference<>() {
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static byte[] associatedData(UUID tenantId, IntegrationKind kind) {
        return (tenantId + "/" + kind.wire()).getBytes(StandardCharsets.UTF_8);
    }
}
