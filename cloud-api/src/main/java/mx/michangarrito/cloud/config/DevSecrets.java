package mx.michangarrito.cloud.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Dev mode's secrets: generated once with {@link SecureRandom} and kept in {@code <data dir>/secrets/}
 * (owner-only permissions where the file system has them), so tokens and encrypted credentials survive
 * restarts.
 */
final class DevSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DevSecrets() {
    }

    static Secrets loadOrCreate(Path dataDir, byte[] jwtOverride, byte[] encryptionOverride) {
        Path dir = dataDir.resolve("secrets");
        try {
            Files.createDirectories(dir);
            byte[] jwt = jwtOverride != null ? jwtOverride : Base64.getDecoder().decode(keep(dir.resolve("jwt.key")));
            byte[] enc = encryptionOverride != null
                    ? encryptionOverride : Base64.getDecoder().decode(keep(dir.resolve("encryption.key")));
            return new Secrets(jwt, enc, keep(dir.resolve("db-owner.password")), keep(dir.resolve("db-app.password")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the dev secrets in " + dir, e);
        }
    }

    /** The file's content, creating it with 32 random bytes (base64) if it does not exist. */
    private static String keep(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            try {
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
                restrict(file);
            } catch (FileAlreadyExistsException e) {
                // another process created it first: use theirs
            }
        }
        return Files.readString(file).strip();
    }

    private static void restrict(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
