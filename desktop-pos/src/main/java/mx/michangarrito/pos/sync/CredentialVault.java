package mx.michangarrito.pos.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import mx.michangarrito.pos.settings.Setting;
import mx.michangarrito.pos.store.PosDatabase;

/**
 * Keeps secret settings (the cloud device credential) encrypted at rest (decision 0022): AES-256-GCM with a
 * random 12-byte nonce per write and the setting's name as associated data, stored as
 * {@code v1:<base64 nonce>:<base64 ciphertext>}. The key is 32 random bytes in {@link #KEY_FILE} in the
 * terminal's data folder, outside the database (and outside its backups), created on first need, readable
 * only by its owner. A value without the {@code v1:} prefix was stored by an older version: it is used and
 * re-stored encrypted. Neither secrets nor the key are ever logged.
 */
public final class CredentialVault {

    /** The key's file in the data folder. */
    public static final String KEY_FILE = "device-credential.key";
    static final String PREFIX = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final System.Logger LOG = System.getLogger(CredentialVault.class.getName());

    /** What reading a secret setting found. */
    public enum State {
        /** No such setting. */
        MISSING,
        /** Present and readable on this PC. */
        READABLE,
        /** Present but the key is missing or does not open it (e.g. a backup restored on another PC). */
        UNREADABLE
    }

    private final PosDatabase db;
    private final Clock clock;
    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();

    public CredentialVault(PosDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keyFile = db.dataDir().resolve(KEY_FILE);
    }

    /** The secret in setting {@code name}; empty when missing or {@link State#UNREADABLE}. */
    public Optional<String> open(String name) {
        Optional<String> stored = raw(name);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        String value = stored.get();
        if (!value.startsWith(PREFIX)) {
            migrate(name, value);
            return Optional.of(value);
        }
        return decrypt(name, value);
    }

    /** Whether setting {@code name} is missing, readable or unreadable on this PC (never migrates). */
    public State state(String name) {
        Optional<String> stored = raw(name);
        if (stored.isEmpty()) {
            return State.MISSING;
        }
        String value = stored.get();
        return !value.startsWith(PREFIX) || decrypt(name, value).isPresent() ? State.READABLE : State.UNREADABLE;
    }

    /**
     * The text to store in setting {@code name} for {@code secret}, creating the key if there is none yet.
     *
     * @throws IOException the key file cannot be created or read
     */
    public String seal(String name, String secret) throws IOException {
        byte[] key = keyOrCreate();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, name);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b64 = Base64.getEncoder();
            return PREFIX + b64.encodeToString(nonce) + ":" + b64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private Optional<String> raw(String name) {
        return db.read(session -> Optional.ofNullable(session.find(Setting.class, name)).map(Setting::value));
    }

    private Optional<String> decrypt(String name, String value) {
        Optional<byte[]> key = readKey();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            String[] parts = value.substring(PREFIX.length()).split(":", -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] nonce = b64.decode(parts[0]);
            if (nonce.length != NONCE_BYTES) {
                return Optional.empty();
            }
            byte[] plain = cipher(Cipher.DECRYPT_MODE, key.get(), nonce, name).doFinal(b64.decode(parts[1]));
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Setting {0} does not open with this PC''s key", name);
            return Optional.empty();
        } finally {
            Arrays.fill(key.get(), (byte) 0);
        }
    }

    /** Re-stores a plaintext value encrypted, in one transaction, unless it changed meanwhile. */
    private void migrate(String name, String plaintext) {
        try {
            String sealed = seal(name, plaintext);
            int changed = db.write(session -> session.createNativeMutationQuery(
                            "UPDATE setting SET text_value = :sealed, updated_at = :at WHERE name = :name AND text_value = :old")
                    .setParameter("sealed", sealed).setParameter("at", clock.instant()).setParameter("name", name)
                    .setParameter("old", plaintext).executeUpdate());
            if (changed == 1) {
                LOG.log(System.Logger.Level.INFO, "Setting {0} is now encrypted at rest", name);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Setting {0} stays unencrypted for now: cannot use the key file ({1})",
                    name, e.getClass().getSimpleName());
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String name) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private Optional<byte[]> readKey() {
        try {
            byte[] key = Files.readAllBytes(keyFile);
            return key.length == KEY_BYTES ? Optional.of(key) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private synchronized byte[] keyOrCreate() throws IOException {
        if (Files.exists(keyFile)) {
            byte[] key = Files.readAllBytes(keyFile);
            if (key.length == KEY_BYTES) {
                return key;
            }
            LOG.log(System.Logger.Level.WARNING, "Key file {0} is damaged; making a new one", keyFile);
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        Path temp = keyFile.resolveSibling(KEY_FILE + ".tmp");
        Files.deleteIfExists(temp);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Files.createFile(temp, ownerOnly);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(key);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, keyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(keyFile.getParent());
        LOG.log(System.Logger.Level.INFO, "Created the device credential key file {0}", keyFile);
        return key;
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; its renames are durable with the file system's journal
            LOG.log(System.Logger.Level.DEBUG, "cannot fsync folder " + folder, e);
        }
    }
}
