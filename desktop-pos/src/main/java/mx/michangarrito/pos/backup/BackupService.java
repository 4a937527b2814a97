package mx.michangarrito.pos.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.settings.ShopZone;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.store.StoreBackup;

/**
 * Backups of the terminal's database to a folder the owner chooses (a USB stick, another disk), on demand
 * and once a day while the app runs, keeping the newest {@link #keep()}; and restoring one, which is
 * checked now and happens at the next start (decision 0015).
 */
public final class BackupService implements AutoCloseable {

    /** The setting with the backup folder's path. */
    public static final String FOLDER = "backup.folder";
    /** The setting with how many backups to keep (1–365). */
    public static final String KEEP = "backup.keep";
    /** The setting with when the last backup was made (an ISO instant). */
    public static final String LAST = "backup.last";
    public static final int DEFAULT_KEEP = 7;
    static final String PREFIX = "michangarrito-respaldo-";
    private static final DateTimeFormatter NAMES = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Duration DAILY = Duration.ofHours(24);
    private static final System.Logger LOG = System.getLogger(BackupService.class.getName());

    private final PosDatabase database;
    private final Settings settings;
    private final Clock clock;
    private final ShopZone zone;
    private final int latestSchema;
    private ScheduledExecutorService scheduler;

    public BackupService(PosDatabase database, Settings settings, Clock clock, ZoneId shopZone) {
        this(database, settings, clock, ShopZone.fixed(shopZone));
    }

    /** Names backups by the shop's local time as it is at each backup. */
    public BackupService(PosDatabase database, Settings settings, Clock clock, ShopZone shopZone) {
        this.database = Objects.requireNonNull(database, "database");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(shopZone, "shopZone");
        this.latestSchema = Integer.parseInt(database.schema().latestKnown());
    }

    public Optional<Path> folder() {
        return settings.get(FOLDER).filter(s -> !s.isBlank()).map(Path::of);
    }

    public int keep() {
        return settings.get(KEEP).map(Integer::parseInt).orElse(DEFAULT_KEEP);
    }

    public Optional<Instant> last() {
        return settings.get(LAST).map(Instant::parse);
    }

    /** Saves the folder and how many backups to keep; {@code keep} is 1 to 365. */
    public void configure(Path folder, int keep) {
        if (keep < 1 || keep > 365) {
            throw new IllegalArgumentException("keep must be 1 to 365: " + keep);
        }
        settings.putAll(Map.of(FOLDER, folder.toAbsolutePath().toString(), KEEP, String.valueOf(keep)));
    }

    /** Backs up into the configured folder now; BackupException NO_FOLDER or FOLDER_UNUSABLE. */
    public Path backupNow() {
        Path folder = folder().orElseThrow(() -> new BackupException(BackupException.Reason.NO_FOLDER,
                "no backup folder configured", null));
        Path zip;
        try {
            Files.createDirectories(folder);
            Instant now = clock.instant();
            DateTimeFormatter names = NAMES.withZone(zone.get());
            zip = folder.resolve(PREFIX + names.format(now) + ".zip");
            for (int n = 2; Files.exists(zip); n++) {
                zip = folder.resolve(PREFIX + names.format(now) + "-" + n + ".zip");
            }
            Path part = zip.resolveSibling(zip.getFileName() + ".part");
            Files.deleteIfExists(part);
            database.backupTo(part);
            Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE);
            settings.put(LAST, now.toString());
            prune(folder);
        } catch (IOException | RuntimeException e) {
            throw new BackupException(BackupException.Reason.FOLDER_UNUSABLE, "backup to " + folder + " failed: " + e, e,
                    folder.toString());
        }
        LOG.log(System.Logger.Level.INFO, "Backup written to {0}", zip);
        return zip;
    }

    /** The backups in {@code folder}, newest first. */
    public List<Path> backups(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void prune(Path folder) throws IOException {
        List<Path> all = backups(folder);
        for (Path old : all.subList(Math.min(keep(), all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** A backup if the folder is set and the last one is a day old or more; empty otherwise. */
    public Optional<Path> backupIfDue() {
        if (folder().isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> last = last();
        if (last.isPresent() && Duration.between(last.get(), clock.instant()).compareTo(DAILY) < 0) {
            return Optional.empty();
        }
        return Optional.of(backupNow());
    }

    /** Checks every half hour, in the background, whether the daily backup is due. Stopped by {@link #close()}. */
    public synchronized void startDaily() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("daily-backup").factory());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                backupIfDue();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the daily backup failed; it is tried again in half an hour", e);
            }
        }, 1, 30, TimeUnit.MINUTES);
    }

    /**
     * Checks {@code zip} and stages it to replace the data at the next start.
     *
     * @return the backup's schema version
     * @throws BackupException NOT_A_BACKUP, TOO_NEW or UNREADABLE; the current data is untouched
     */
    public int stageRestore(Path zip) {
        Path check = database.dataDir().resolve("restore-check");
        try {
            deleteTree(check);
            Files.createDirectories(check);
            Path file = check.resolve(StoreBackup.fileName());
            if (!extract(zip, file)) {
                throw notABackup(zip, null);
            }
            OptionalInt schema = StoreBackup.schemaVersion(check);
            if (schema.isEmpty()) {
                throw notABackup(zip, null);
            }
            if (schema.getAsInt() > latestSchema) {
                throw new BackupException(BackupException.Reason.TOO_NEW, "backup schema " + schema.getAsInt()
                        + " > " + latestSchema, null, zip.getFileName().toString(), schema.getAsInt());
            }
            StoreBackup.stage(database.dataDir(), file);
            LOG.log(System.Logger.Level.WARNING, "Backup {0} staged; it replaces the data at the next start", zip);
            return schema.getAsInt();
        } catch (ZipException e) {
            throw notABackup(zip, e);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNREADABLE, "cannot read " + zip + ": " + e, e,
                    zip.toString());
        } finally {
            try {
                deleteTree(check);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "cannot clean " + check, e);
            }
        }
    }

    /** Whether a restore is staged for the next start. */
    public boolean restorePending() {
        return StoreBackup.pending(database.dataDir());
    }

    private static BackupException notABackup(Path zip, Throwable cause) {
        return new BackupException(BackupException.Reason.NOT_A_BACKUP, zip + " is not a MiChangarrito backup", cause,
                zip.getFileName().toString());
    }

    /** Copies the zip's {@code pos.mv.db} to {@code target}; false if the zip has none. */
    private static boolean extract(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(StoreBackup.fileName())) {
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    return true;
                }
            }
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdown(); // no interrupt: an interrupted NIO read would close H2's own file channel
            try {
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
