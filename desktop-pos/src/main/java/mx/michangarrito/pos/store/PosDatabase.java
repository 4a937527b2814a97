package mx.michangarrito.pos.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * The terminal's embedded H2 database, in file mode in the data folder: opened once per process
 * (a second process is refused), schema migrated by Flyway, mapped by Hibernate (whose model is built
 * while Flyway migrates; the entities are checked against the migrations by the build's tests).
 *
 * <p>Durability (docs/decisions/0004-durable-commits.md): H2 runs with {@code WRITE_DELAY 0} and
 * {@code REUSE_SPACE FALSE}, and every {@link #write} ends with {@code CHECKPOINT SYNC} after its commit,
 * so a sale the cashier was told is done is on the disk, not in an OS buffer, in a chunk appended at
 * the end of the file where H2's recovery finds it after a crash. The space of superseded chunks is
 * given back by {@link StoreCompaction} when the database is opened.
 */
public final class PosDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PosDatabase.class.getName());
    static final String FILE_NAME = "pos";
    /**
     * Settings of every connection to the terminal's file. {@code REUSE_SPACE=FALSE}: H2 2.5 may not find,
     * after a killed process, a newest commit written into reused space (decision 0004).
     */
    private static final String URL_OPTIONS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE";

    private final Path dataDir;
    private final ProcessLock lock;
    private final List<Class<?>> entities;
    private final StoreCompaction.Thresholds compaction;
    private final SchemaStatus schema;
    /** One writer at a time: a counter has one cashier and no write waits long; see decision 0004. */
    private final ReentrantLock writeLock = new ReentrantLock(true);
    /** Reads and writes share it; {@link #compactIfWasteful()} takes it alone while it swaps the pool. */
    private final ReentrantReadWriteLock maintenance = new ReentrantReadWriteLock();
    private volatile HikariDataSource dataSource;
    private volatile SessionFactory sessions;

    private PosDatabase(Path dataDir, ProcessLock lock, List<Class<?>> entities, StoreCompaction.Thresholds compaction,
            HikariDataSource dataSource, SessionFactory sessions, SchemaStatus schema) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.entities = List.copyOf(entities);
        this.compaction = compaction;
        this.schema = schema;
        this.dataSource = dataSource;
        this.sessions = sessions;
    }

    /**
     * Opens (creating or migrating) the database in {@code dataDir}.
     *
     * @param entities the mapped entity classes of every feature
     * @throws StoreException IN_USE, TOO_NEW, DATA_DIR_UNUSABLE or UNREADABLE, with a Spanish message
     */
    public static PosDatabase open(Path dataDir, List<Class<?>> entities) {
        return open(dataDir, entities, StoreCompaction.Thresholds.DEFAULT);
    }

    static PosDatabase open(Path dataDir, List<Class<?>> entities, StoreCompaction.Thresholds compaction) {
        Objects.requireNonNull(entities, "entities");
        createDirectories(dataDir);
        ProcessLock lock = ProcessLock.acquire(dataDir);
        HikariDataSource dataSource = null;
        try {
            Path file = databaseFile(dataDir);
            StoreBackup.applyPending(dataDir);
            StoreCompaction.removeInterruptedCopy(file);
            dataSource = dataSource(dataDir);
            if (StoreCompaction.wasteful(dataSource, compaction)) {
                dataSource.close(); // the last connection closes the database cleanly
                dataSource = null;
                StoreCompaction.compact(file);
                dataSource = dataSource(dataDir);
            }
            HibernateBoot boot = HibernateBoot.start(dataSource, entities); // its model builds while Flyway migrates
            SchemaStatus schema;
            try {
                schema = Migrations.migrate(dataSource);
            } catch (RuntimeException | Error e) {
                boot.discard();
                throw e;
            }
            SessionFactory sessions = boot.sessions();
            LOG.log(System.Logger.Level.INFO, "Database open at {0}, schema {1}", file, schema.current());
            return new PosDatabase(dataDir, lock, entities, compaction, dataSource, sessions, schema);
        } catch (RuntimeException | IOException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            closeQuietly(lock);
            throw e instanceof StoreException se ? se : new StoreException(StoreException.Reason.UNREADABLE,
                    "cannot open the database in " + dataDir + ": " + e.getMessage(), e, dataDir.toString());
        }
    }

    static Path databaseFile(Path dataDir) {
        return dataDir.resolve(FILE_NAME + ".mv.db");
    }

    private static void createDirectories(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.DATA_DIR_UNUSABLE,
                    "cannot create the data folder " + dataDir + ": " + e, e, dataDir.toString());
        }
    }

    private static HikariDataSource dataSource(Path dataDir) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("pos-h2");
        config.setJdbcUrl(jdbcUrl(dataDir));
        config.setUsername("pos");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    /**
     * The JDBC URL of the terminal's database in {@code dataDir}, with the settings every connection must
     * use (tools and tests that open the file directly use it too).
     */
    public static String jdbcUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath() + URL_OPTIONS;
    }

    /**
     * Runs {@code work} in one transaction and makes its commit durable before returning. If
     * {@code work} throws, everything it wrote is rolled back and the exception propagates.
     */
    public <T> T write(Function<Session, T> work) {
        writeLock.lock();
        maintenance.readLock().lock();
        try {
            T result = inTransaction(work);
            sync();
            return result;
        } finally {
            maintenance.readLock().unlock();
            writeLock.unlock();
        }
    }

    /** {@link #write(Function)} for work without a result. */
    public void writeVoid(Consumer<Session> work) {
        write(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Runs read-only {@code work} in a transaction (a consistent snapshot). */
    public <T> T read(Function<Session, T> work) {
        maintenance.readLock().lock();
        try {
            return inTransaction(session -> {
                session.setDefaultReadOnly(true);
                return work.apply(session);
            });
        } finally {
            maintenance.readLock().unlock();
        }
    }

    /**
     * Gives back the space of superseded commits while the app runs, when the file is big and mostly dead
     * (decision 0004): reads and writes wait, the database is closed, compacted and opened again. Meant for
     * quiet moments such as the end of a shift; it takes seconds on a big file and nothing otherwise.
     *
     * @return whether it compacted
     * @throws StoreException UNREADABLE if the database cannot be opened again (the file itself is intact)
     */
    public boolean compactIfWasteful() {
        writeLock.lock();
        maintenance.writeLock().lock();
        try {
            if (!StoreCompaction.wasteful(dataSource, compaction)) {
                return false;
            }
            sessions.close();
            dataSource.close(); // the last connection closes the database cleanly
            try {
                StoreCompaction.compact(databaseFile(dataDir));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Compaction failed; the database is unchanged", e);
            } finally {
                reopen();
            }
            return true;
        } finally {
            maintenance.writeLock().unlock();
            writeLock.unlock();
        }
    }

    private void reopen() {
        try {
            dataSource = dataSource(dataDir);
            sessions = HibernateBoot.sessionFactory(dataSource, entities);
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Reason.UNREADABLE,
                    "cannot reopen the database in " + dataDir + " after compacting: " + e.getMessage(), e,
                    dataDir.toString());
        }
    }

    private <T> T inTransaction(Function<Session, T> work) {
        try (Session session = sessions.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        }
    }

    /** Makes the last commit durable: H2 has written its chunk; {@code CHECKPOINT SYNC} fsyncs the file. */
    private void sync() {
        try (Session session = sessions.openSession()) {
            session.doWork(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                }
            });
        }
    }

    /**
     * Writes an online backup of the database to {@code zip} with H2's {@code BACKUP TO} (a zip holding
     * {@code pos.mv.db}). It holds the write lock, so the copy is exactly the last durable commit and no
     * compaction swaps the file meanwhile; reads go on, writes wait (about a second per 100 MB).
     */
    public void backupTo(Path zip) {
        writeLock.lock();
        maintenance.readLock().lock();
        try (Session session = sessions.openSession()) {
            String target = zip.toAbsolutePath().toString().replace("'", "''");
            session.doWork(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("BACKUP TO '" + target + "'");
                }
            });
        } finally {
            maintenance.readLock().unlock();
            writeLock.unlock();
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The schema version found and reached while opening. */
    public SchemaStatus schema() {
        return schema;
    }

    @Override
    public void close() {
        try {
            sessions.close();
        } finally {
            dataSource.close();
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "closing " + closeable + " failed", e);
        }
    }
}
