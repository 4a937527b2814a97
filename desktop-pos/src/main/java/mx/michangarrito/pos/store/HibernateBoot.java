package mx.michangarrito.pos.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.Configuration;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.cfg.SchemaToolingSettings;

/**
 * Builds Hibernate's session factory for the terminal's database. At start it is built on a thread of its
 * own while Flyway migrates the file ({@link #start}): Hibernate's model needs no connection, because the
 * dialect is given and the database's metadata is not read (decision 0019). The schema is Flyway's; whether
 * the entities match it is checked by {@link #validate} in the build's tests, not at every start.
 */
final class HibernateBoot {

    private final CompletableFuture<SessionFactory> building = new CompletableFuture<>();

    private HibernateBoot(DataSource dataSource, List<Class<?>> entities) {
        Thread.ofPlatform().name("pos-hibernate").daemon().start(() -> {
            try {
                building.complete(sessionFactory(dataSource, entities));
            } catch (RuntimeException | Error e) {
                building.completeExceptionally(e);
            }
        });
    }

    /** Starts building the session factory for {@code entities} over {@code dataSource} now. */
    static HibernateBoot start(DataSource dataSource, List<Class<?>> entities) {
        return new HibernateBoot(dataSource, entities);
    }

    /** Waits for the session factory; rethrows what building it threw. */
    SessionFactory sessions() {
        return Outcome.join(building);
    }

    /** Waits for the build and closes what it made (the open failed elsewhere); never throws. */
    void discard() {
        try {
            sessions().close();
        } catch (RuntimeException | Error e) {
            System.getLogger(HibernateBoot.class.getName()).log(System.Logger.Level.DEBUG,
                    "the session factory of a failed open did not build", e);
        }
    }

    /** The session factory, built on the calling thread (reopening after a compaction). */
    static SessionFactory sessionFactory(DataSource dataSource, List<Class<?>> entities) {
        Configuration configuration = configuration(dataSource, entities);
        configuration.setProperty(SchemaToolingSettings.HBM2DDL_AUTO, "none");
        return configuration.buildSessionFactory();
    }

    /**
     * Builds a session factory that validates {@code entities} against the migrated schema behind
     * {@code dataSource} and closes it: throws Hibernate's {@code SchemaManagementException} naming the
     * first table or column that does not match.
     */
    static void validate(DataSource dataSource, List<Class<?>> entities) {
        Configuration configuration = configuration(dataSource, entities);
        configuration.setProperty(SchemaToolingSettings.HBM2DDL_AUTO, "validate");
        configuration.setProperty(JdbcSettings.ALLOW_METADATA_ON_BOOT, "true");
        configuration.buildSessionFactory().close();
    }

    private static Configuration configuration(DataSource dataSource, List<Class<?>> entities) {
        Configuration configuration = new Configuration();
        // No runtime bytecode: the entities have no associations to proxy, and Byte Buddy's proxy classes,
        // made for every entity at each start, cost more CPU than any other part of the boot (decision 0025)
        configuration.getStandardServiceRegistryBuilder().addService(BytecodeProvider.class,
                new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
        entities.forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        configuration.getProperties().put(MappingSettings.JSON_FORMAT_MAPPER, NoDocumentColumns.INSTANCE);
        configuration.getProperties().put(MappingSettings.XML_FORMAT_MAPPER, NoDocumentColumns.INSTANCE);
        // the H2 the build ships, so the dialect's SQL follows it without asking the database
        configuration.setProperty(JdbcSettings.DIALECT, "org.hibernate.dialect.H2Dialect");
        configuration.setProperty(JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, "H2");
        configuration.setProperty(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION,
                Integer.toString(org.h2.engine.Constants.VERSION_MAJOR));
        configuration.setProperty(JdbcSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION,
                Integer.toString(org.h2.engine.Constants.VERSION_MINOR));
        configuration.setProperty(JdbcSettings.ALLOW_METADATA_ON_BOOT, "false");
        configuration.setProperty("hibernate.jdbc.batch_size", "50");
        configuration.setProperty("hibernate.order_inserts", "true");
        return configuration;
    }
}
