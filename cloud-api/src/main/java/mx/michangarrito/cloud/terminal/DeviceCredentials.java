package mx.michangarrito.cloud.terminal;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import mx.michangarrito.cloud.auth.DeviceVerifier;
import mx.michangarrito.cloud.auth.Hashes;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.db.Database;

/**
 * Device credentials {@code dc1.<tenant>.<terminal>.<secret>}: checked against the stored digest on
 * every request, so revoking a terminal takes effect at once.
 */
public final class DeviceCredentials implements DeviceVerifier {

    static final String PREFIX = "dc1.";

    private final Database database;
    private final TerminalRepository terminals;

    public DeviceCredentials(Database database, TerminalRepository terminals) {
        this.database = Objects.requireNonNull(database, "database");
        this.terminals = Objects.requireNonNull(terminals, "terminals");
    }

    static String format(UUID tenantId, UUID terminalId, String secret) {
        return PREFIX + tenantId + "." + terminalId + "." + secret;
    }

    @Override
    public Optional<Principal.Device> verify(String credential) {
        if (credential == null || !credential.startsWith(PREFIX) || credential.length() > 200) {
            return Optional.empty();
        }
        String[] parts = credential.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            return Optional.empty();
        }
        UUID tenantId;
        UUID terminalId;
        try {
            tenantId = UUID.fromString(parts[0]);
            terminalId = UUID.fromString(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] presented = Hashes.sha256(parts[2]);
        return database.inTenant(tenantId, tx -> terminals.find(tx, terminalId))
                .filter(t -> t.revokedAt() == null && Hashes.same(t.credentialHash(), presented))
                .map(t -> new Principal.Device(t.tenantId(), t.terminalId()));
    }
}
