package mx.michangarrito.pos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.testing.TestTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device credential is encrypted at rest with a key kept beside (not inside) the terminal's database. */
class CredentialVaultTest {

    private static final String CREDENTIAL = "dc1.tenant.terminal.very-secret-credential-Zq81";
    private static final String CLOUD = "https://nube.example.mx/";

    @TempDir
    Path dir;
    private TestTerminal t;
    private Settings settings;
    private CredentialVault vault;
    private Pairing pairing;
    private final UUID terminal = UUID.randomUUID();

    @BeforeEach
    void open() {
        t = new TestTerminal(dir);
        settings = new Settings(t.db, t.clock);
        vault = new CredentialVault(t.db, t.clock);
        pairing = new Pairing(settings, vault, Duration.ofSeconds(5));
    }

    @AfterEach
    void close() {
        if (t != null) {
            t.close();
        }
    }

    private void storePaired(String credentialText) {
        settings.putAll(Map.of(Pairing.CLOUD_URL, CLOUD, Pairing.TERMINAL_ID, terminal.toString(),
                Pairing.DEVICE_CREDENTIAL, credentialText));
    }

    private String raw() {
        return settings.get(Pairing.DEVICE_CREDENTIAL).orElseThrow();
    }

    @Test
    void aSealedCredentialRoundTripsAndTheRowHoldsNoPlaintext() throws Exception {
        storePaired(vault.seal(Pairing.DEVICE_CREDENTIAL, CREDENTIAL));
        assertTrue(raw().startsWith("v1:"), "versioned form");
        assertFalse(raw().contains(CREDENTIAL));
        assertFalse(raw().contains("very-secret"));
        assertEquals(Optional.of(new SyncTarget(URI.create(CLOUD), terminal, CREDENTIAL)), pairing.target());
        assertFalse(pairing.credentialUnreadable());
        assertNotEquals(vault.seal(Pairing.DEVICE_CREDENTIAL, CREDENTIAL), vault.seal(Pairing.DEVICE_CREDENTIAL, CREDENTIAL),
                "a fresh nonce for every write");

        t.close();
        t = null;
        byte[] file = Files.readAllBytes(dir.resolve("pos.mv.db"));
        String bytes = new String(file, StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("nube.example.mx"), "plain settings are readable in the file (control)");
        assertFalse(bytes.contains("very-secret-credential"), "the credential is not");
    }

    @Test
    void theSettingNameIsBoundToTheCiphertext() throws Exception {
        String sealed = vault.seal(Pairing.DEVICE_CREDENTIAL, CREDENTIAL);
        settings.put("sync.other", sealed);
        assertEquals(Optional.empty(), vault.open("sync.other"));
        assertEquals(CredentialVault.State.UNREADABLE, vault.state("sync.other"));
    }

    @Test
    void aPlaintextCredentialFromAnOlderVersionIsUsedAndEncryptedOnRead() {
        storePaired(CREDENTIAL);
        assertFalse(Files.exists(dir.resolve(CredentialVault.KEY_FILE)));
        assertEquals(CREDENTIAL, pairing.target().orElseThrow().deviceCredential());
        assertTrue(raw().startsWith("v1:"), raw().substring(0, 3));
        assertFalse(raw().contains(CREDENTIAL));
        assertTrue(Files.exists(dir.resolve(CredentialVault.KEY_FILE)));

        t.close();
        t = new TestTerminal(dir);
        Pairing restarted = new Pairing(new Settings(t.db, t.clock), new CredentialVault(t.db, t.clock), Duration.ofSeconds(5));
        assertEquals(CREDENTIAL, restarted.target().orElseThrow().deviceCredential(), "still paired after a restart");
    }

    @Test
    void aMissingKeyFileMeansNotPairedWithoutAnException() throws Exception {
        storePaired(vault.seal(Pairing.DEVICE_CREDENTIAL, CREDENTIAL));
        Files.delete(dir.resolve(CredentialVault.KEY_FILE));
        assertEquals(Optional.empty(), pairing.target());
        assertTrue(pairing.credentialUnreadable());
        assertTrue(raw().startsWith("v1:"), "the stored value is left alone");
        assertFalse(Files.exists(dir.resolve(CredentialVault.KEY_FILE)), "reading never makes a key");
        var e = org.junit.jupiter.api.Assertions.assertThrows(PairingException.class,
                () -> t.services().unpairing.unpair(UUID.randomUUID(), "0000"));
        assertEquals(PairingException.Reason.NOT_PAIRED, e.reason());
    }

    @Test
    void anotherPcsKeyDoesNotOpenIt() throws Exception {
        storePaired(vault.seal(Pairing.DEVICE_CREDENTIAL, CREDENTIAL));
        Files.write(dir.resolve(CredentialVault.KEY_FILE), new byte[32]);
        assertEquals(Optional.empty(), pairing.target());
        assertTrue(pairing.credentialUnreadable());
        settings.put(Pairing.DEVICE_CREDENTIAL, "v1:not base64!:x");
        assertEquals(Optional.empty(), pairing.target());
        assertTrue(pairing.credentialUnreadable());
    }

    @Test
    void theKeyFileIsOwnerOnlyWhereTheFileSystemSaysSo() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        vault.seal(Pairing.DEVICE_CREDENTIAL, CREDENTIAL);
        Path key = dir.resolve(CredentialVault.KEY_FILE);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(key));
        assertEquals(32, Files.size(key));
        assertFalse(Files.exists(dir.resolve(CredentialVault.KEY_FILE + ".tmp")));
    }

    @Test
    void backupsLeaveTheKeyOut() throws Exception {
        storePaired(vault.seal(Pairing.DEVICE_CREDENTIAL, CREDENTIAL));
        Path folder = dir.resolveSibling(dir.getFileName() + "-backups");
        t.services().backups.configure(folder, 3);
        Path zip = t.services().backups.backupNow();
        boolean sawDatabase = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertFalse(entry.getName().contains(CredentialVault.KEY_FILE), entry.getName());
                sawDatabase |= entry.getName().endsWith(".mv.db");
            }
        }
        assertTrue(sawDatabase, "the backup holds the database");
    }
}
