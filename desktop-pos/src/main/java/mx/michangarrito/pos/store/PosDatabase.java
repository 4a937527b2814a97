package mx.michangarrito.pos.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SchemaToolingSettings;

/**
 * The terminal's embedded H2 database, in file mode in the data folder: opened once per process
 * (a second process is refused), schema migrated by Flyway, mapped by Hibernate that only validates.
 *
 * <p>Durability (docs/decisions/0004-durable-commits.md): H2 runs with {@code WRITE_DELAY 0} and every
 * {@link #write} ends with {@code CHECKPOINT SYNC} after its commit, so a sale the cashier was told is
 * done is on the disk, not in an OS buffer.
 */
public final class PosDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PosDatabase.class.getName());
    static final String FILE_NAME = "pos";

    private final Path dataDir;
    private final ProcessLock lock;
    private final HikariDataSource dataSource;
    private final SessionFactory sessions;
    private final SchemaStatus schema;
    /** One writer at a time: a counter has one cashier and no write waits long; see decision 0004. */
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private PosDatabase(Path dataDir, ProcessLock lock, HikariDataSource dataSource, SessionFactory sessions,
            SchemaStatus schema) {
        this.dataDir = dataDir;
        this.schema = schema;
        this.lock = lock;
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
        Objects.requireNonNull(entities, "entities");
        createDirectories(dataDir);
        ProcessLock lock = ProcessLock.acquire(dataDir);
        HikariDataSource dataSource = null;
        try {
            dataSource = dataSource(dataDir);
            SchemaStatus schema = Migrations.migrate(dataSource);
            SessionFactory sessions = sessionFactory(dataSource, entities);
            LOG.log(System.Logger.Level.INFO, "Database open at {0}, schema {1}", dataDir.resolve(FILE_NAME + ".mv.db"),
                    schema.current());
            return new PosDatabase(dataDir, lock, dataSource, sessions, schema);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            closeQuietly(lock);
            throw e instanceof StoreException ? e : new StoreException(StoreException.Reason.UNREADABLE,
                    "cannot open the database in " + dataDir + ": " + e.getMessage(), e, dataDir.toString());
        }
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
        config.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("pos");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    private static SessionFactory sessionFactory(HikariDataSource dataSource, List<Class<?>> entities) {
        Configuration configuration = new Configuration();
        entities.forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        configuration.setProperty(SchemaToolingSettings.HBM2DDL_AUTO, "validate");
        configuration.setProperty("hibernate.jdbc.batch_size", "50");
        configuration.setProperty("hibernate.order_inserts", "true");
        return configuration.buildSessionFactory();
    }

    /**
     * Runs {@code work} in one transaction and makes its commit durable before returning. If
     * {@code work} throws, everything it wrote is rolled back and the exception propagates.
     */
    public <T> T write(Function<Session, T> work) {
        writeLock.lock();
        try {
            T result = inTransaction(work);
            sync();
            return result;
        } finally {
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
        return inTransaction(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        });
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

    /**
     * Makes the last commit durable: store and fsync it, then commit and fsync a one-row "seal" update.
     * The crash test showed H2 2.5 losing, after a kill, the newest chunk of the file even when it had been
     * synced; the seal makes sure the write the caller reports is never that newest chunk.
     */
    private void sync() {
        try (Session session = sessions.openSession()) {
            session.doWork(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                    statement.executeUpdate("UPDATE counter SET last_value = last_value + 1 WHERE name = 'durability_seal'");
                    connection.commit();
                    statement.execute("CHECKPOINT SYNC");
                }
            });
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
