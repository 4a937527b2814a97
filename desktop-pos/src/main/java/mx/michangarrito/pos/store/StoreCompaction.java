package mx.michangarrito.pos.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.mvstore.MVStore;

/**
 * Gives back the space of superseded data. With {@code REUSE_SPACE=FALSE} (decision 0004) every commit
 * is appended to the file, so the file grows with each sale while the live data stays small. When the
 * file is big and mostly dead, it is rewritten with only the live data while the database is closed,
 * at start-up, before anything uses it.
 *
 * <p>H2's own {@code SHUTDOWN COMPACT} renames its copy over the database without syncing it first, so a
 * power cut at the wrong moment could leave an empty file; here the copy is synced before the atomic
 * rename and the folder after it. A copy left by an interrupted compaction is deleted on the next start:
 * the original is untouched until the rename.
 */
final class StoreCompaction {

    private static final System.Logger LOG = System.getLogger(StoreCompaction.class.getName());

    /**
     * When a compaction pays off.
     *
     * @param minFileBytes   below this size a file is not worth a rewrite at start-up
     * @param maxFillPercent compact when less than this share of the file holds live data
     */
    record Thresholds(long minFileBytes, int maxFillPercent) {
        static final Thresholds DEFAULT = new Thresholds(32L * 1024 * 1024, 50);
    }

    private StoreCompaction() {
    }

    /** Whether the database behind {@code dataSource} is big and mostly dead; false if it cannot tell. */
    static boolean wasteful(DataSource dataSource, Thresholds thresholds) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<String, String> info = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
                while (rows.next()) {
                    info.put(rows.getString(1), rows.getString(2));
                }
            }
            connection.commit();
            long fileBytes = Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0"));
            int fillPercent = Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "100"));
            boolean wasteful = fileBytes >= thresholds.minFileBytes() && fillPercent < thresholds.maxFillPercent();
            if (wasteful) {
                LOG.log(System.Logger.Level.INFO, "Database file is {0} MB with {1} % live data: compacting",
                        fileBytes / (1024 * 1024), fillPercent);
            }
            return wasteful;
        } catch (SQLException | NumberFormatException e) {
            // Compaction only saves disk space; a database that cannot say how full it is still works.
            LOG.log(System.Logger.Level.WARNING, "Could not read the database file statistics", e);
            return false;
        }
    }

    /**
     * Rewrites the closed database file {@code dbFile} with only its live data.
     *
     * @throws IOException if the copy cannot be written or put in place; the original is then untouched
     */
    static void compact(Path dbFile) throws IOException {
        Path copy = copyOf(dbFile);
        long started = System.nanoTime();
        long before = Files.size(dbFile);
        Files.deleteIfExists(copy);
        try {
            MVStore.compact(dbFile.toString(), copy.toString(), false, null);
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(copy, dbFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (RuntimeException e) {
            Files.deleteIfExists(copy);
            throw new IOException("compacting " + dbFile + " failed", e);
        }
        syncFolder(dbFile.getParent());
        LOG.log(System.Logger.Level.INFO, "Compacted the database from {0} to {1} KB in {2} ms", before / 1024,
                Files.size(dbFile) / 1024, (System.nanoTime() - started) / 1_000_000);
    }

    /** Deletes the copy an interrupted compaction left behind; the database file itself was never touched. */
    static void removeInterruptedCopy(Path dbFile) throws IOException {
        if (Files.deleteIfExists(copyOf(dbFile))) {
            LOG.log(System.Logger.Level.WARNING, "Removed the copy of an interrupted compaction of {0}", dbFile);
        }
    }

    static Path copyOf(Path dbFile) {
        return dbFile.resolveSibling(dbFile.getFileName() + ".compacting");
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a file; NTFS journals the rename itself.
            LOG.log(System.Logger.Level.DEBUG, "Folder sync not available for " + folder, e);
        }
    }
}
