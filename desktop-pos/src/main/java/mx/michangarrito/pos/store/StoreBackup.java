package mx.michangarrito.pos.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;

/**
 * Restoring a backup replaces the database file, which cannot happen under a running store. A checked
 * backup is staged in {@code restore-pending/} with a {@code READY} marker written last; the next
 * {@link PosDatabase#open} (holding the process lock, before H2 touches the file) moves the current files
 * into {@code replaced/<UTC time>/} (never deleting them) and the staged file into place, then removes the
 * marker. Each step is a rename, and the steps can be redone after a crash at any point (decision 0015).
 */
public final class StoreBackup {

    private static final System.Logger LOG = System.getLogger(StoreBackup.class.getName());
    static final String PENDING = "restore-pending";
    static final String READY = "READY";
    static final String REPLACED = "replaced";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private StoreBackup() {
    }

    /** The database file's name in a data folder and in a backup zip ({@code pos.mv.db}). */
    public static String fileName() {
        return PosDatabase.FILE_NAME + ".mv.db";
    }

    /**
     * Opens the MiChangarrito database file {@code pos.mv.db} in {@code folder} (a copy taken out of a zip,
     * never the live one) and returns its schema version; empty when it is not a readable MiChangarrito
     * database (not H2, damaged, or without the app's tables).
     */
    public static OptionalInt schemaVersion(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve(PosDatabase.FILE_NAME).toAbsolutePath()
                + ";IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "pos", ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from setting")) {
                rs.next();
            }
            try (ResultSet rs = s.executeQuery(
                    "select max(cast(\"version\" as int)) from \"flyway_schema_history\" where \"success\"")) {
                if (rs.next() && rs.getObject(1) != null) {
                    int version = rs.getInt(1);
                    s.execute("SHUTDOWN");
                    return OptionalInt.of(version);
                }
            }
            return OptionalInt.empty();
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "not a MiChangarrito database in " + folder + ": " + e.getMessage());
            return OptionalInt.empty();
        }
    }

    /** Stages the checked database file {@code checkedFile} (moved, not copied) for the next start. */
    public static void stage(Path dataDir, Path checkedFile) throws IOException {
        Path pending = dataDir.resolve(PENDING);
        Files.createDirectories(pending);
        Files.deleteIfExists(pending.resolve(READY));
        Path staged = pending.resolve(fileName());
        Files.move(checkedFile, staged, StandardCopyOption.REPLACE_EXISTING);
        force(staged);
        Files.writeString(pending.resolve(READY), "restore " + staged.getFileName() + "\n");
        force(pending.resolve(READY));
        forceFolder(pending);
    }

    /** Whether a restore is staged and will happen at the next start. */
    public static boolean pending(Path dataDir) {
        return Files.exists(dataDir.resolve(PENDING).resolve(READY));
    }

    /**
     * Puts a staged backup in place of the database; called by {@link PosDatabase#open} with the process
     * lock held. Returns where the replaced files went, or null when nothing was pending.
     */
    static Path applyPending(Path dataDir) throws IOException {
        Path pending = dataDir.resolve(PENDING);
        if (!Files.exists(pending.resolve(READY))) {
            return null;
        }
        Path staged = pending.resolve(fileName());
        Path live = dataDir.resolve(fileName());
        Path aside = dataDir.resolve(REPLACED).resolve(STAMP.format(Instant.now()));
        if (Files.exists(staged)) {
            Files.createDirectories(aside);
            for (String name : new String[] {fileName(), PosDatabase.FILE_NAME + ".trace.db"}) {
                Path file = dataDir.resolve(name);
                if (Files.exists(file)) {
                    Files.move(file, aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            forceFolder(dataDir);
            Files.move(staged, live, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(dataDir);
        }
        Files.delete(pending.resolve(READY));
        Files.deleteIfExists(pending);
        LOG.log(System.Logger.Level.WARNING, "Restored a backup into {0}; the replaced files are in {1}", live, aside);
        return aside;
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
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
