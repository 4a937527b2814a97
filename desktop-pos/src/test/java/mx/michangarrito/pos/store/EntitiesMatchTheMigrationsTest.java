package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.pos.PosEntities;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's start no longer asks Hibernate to validate the schema (its model is built while Flyway migrates,
 * decision 0019), so this is where a mapping that does not match the migrations is caught: every entity of
 * the terminal against the schema the migrations make.
 */
class EntitiesMatchTheMigrationsTest {

    @TempDir
    Path dataDir;

    @Test
    void everyEntityMatchesTheMigratedSchema() {
        PosDatabase.open(dataDir, PosEntities.all()).close();

        assertDoesNotThrow(() -> HibernateBoot.validate(migrated(), PosEntities.all()));
    }

    @Test
    void aMappedColumnTheMigrationsDoNotMakeIsCaught() {
        PosDatabase.open(dataDir, PosEntities.all()).close();
        List<Class<?>> entities = new ArrayList<>(PosEntities.all());
        entities.add(SettingWithAColumnNoMigrationMade.class);

        SchemaManagementException e = assertThrows(SchemaManagementException.class,
                () -> HibernateBoot.validate(migrated(), entities));

        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("colour"), e.getMessage());
    }

    private JdbcDataSource migrated() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(PosDatabase.jdbcUrl(dataDir));
        h2.setUser("pos");
        h2.setPassword("");
        return h2;
    }

    /** The settings table as a careless change might map it: with a column no migration adds. */
    @Entity(name = "SettingWithAColumnNoMigrationMade")
    @Table(name = "setting")
    static class SettingWithAColumnNoMigrationMade {
        @Id
        @Column(name = "name")
        String name;

        @Column(name = "colour")
        String colour;
    }
}
