package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import mx.michangarrito.pos.PosEntities;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.shared.barcode.VariableMeasureLayouts;
import mx.michangarrito.shared.id.UuidV7Generator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shop upgrading: a database written by an older version is migrated on open and keeps its data. */
class OlderDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void salesWrittenBeforeVersionNineGetTheirShiftOnLinesAndTenders() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve(PosDatabase.FILE_NAME) + ";WRITE_DELAY=0";
        String shift = "01a20000-0000-7000-8000-00000000000a";
        try (HikariDataSource older = new HikariDataSource()) {
            older.setJdbcUrl(url);
            older.setUsername("pos");
            Flyway.configure().dataSource(older).locations("classpath:db/migration").target("8").load().migrate();
            try (Connection c = older.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO product (id, name, search_name, unit, sold_by_weight, iva, cost_centavos,"
                        + " price_centavos, min_stock, active, created_at, updated_at, version) VALUES ('" + PRODUCT
                        + "', 'Pan', 'pan', 'PIEZA', FALSE, 'IVA_0', 100, 250, 0, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
                s.execute("INSERT INTO shift VALUES ('" + shift + "', '" + shift + "', CURRENT_TIMESTAMP, 0)");
                s.execute("INSERT INTO sale VALUES ('" + SALE + "', 'CAJA1-1', '" + shift + "', '" + shift + "', NULL,"
                        + " CURRENT_TIMESTAMP, 250, 0, 0, 0, 250, 0, NULL)");
                s.execute("INSERT INTO sale_line VALUES ('01a20000-0000-7000-8000-00000000000c', '" + SALE + "', 1, '"
                        + PRODUCT + "', 'Pan', 1, 250, 0, 250, 250, 0, 0, 'IVA_0', NULL)");
                s.execute("INSERT INTO sale_tender VALUES ('01a20000-0000-7000-8000-00000000000d', '" + SALE + "', 'CASH',"
                        + " 250, NULL, NULL)");
            }
        }
        PosDatabase.open(dataDir, PosEntities.all()).close();
        try (Connection c = java.sql.DriverManager.getConnection(url, "pos", ""); Statement s = c.createStatement()) {
            for (String table : new String[] {"sale_line", "sale_tender"}) {
                var rs = s.executeQuery("SELECT shift_id FROM " + table);
                rs.next();
                assertEquals(shift, rs.getString(1), table);
            }
        }
    }

    private static final String PRODUCT = "01a20000-0000-7000-8000-000000000001";
    private static final String SALE = "01a20000-0000-7000-8000-00000000000b";

    @Test
    void aDatabaseFromAnOlderVersionIsMigratedAndKeepsItsData() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve(PosDatabase.FILE_NAME) + ";WRITE_DELAY=0";
        try (HikariDataSource older = new HikariDataSource()) {
            older.setJdbcUrl(url);
            older.setUsername("pos");
            Flyway.configure().dataSource(older).locations("classpath:db/migration").target("2").load().migrate();
            try (Connection c = older.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO product (id, name, search_name, unit, sold_by_weight, iva, cost_centavos,"
                        + " price_centavos, min_stock, active, created_at, updated_at, version) VALUES"
                        + " ('01a20000-0000-7000-8000-000000000001', 'Leche Lala 1 L', 'leche lala 1 l', 'PIEZA', FALSE,"
                        + " 'IVA_0', 2400, 2850, 0, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
                s.execute("INSERT INTO product_barcode VALUES ('07501020515022', '01a20000-0000-7000-8000-000000000001', 'GTIN')");
            }
        }

        try (PosDatabase db = PosDatabase.open(dataDir, PosEntities.all())) {
            CatalogService catalog = new CatalogService(db, java.time.Clock.systemUTC(), UuidV7Generator.system(),
                    VariableMeasureLayouts.of());
            ScanResult milk = catalog.scan("7501020515022");
            assertEquals("Leche Lala 1 L", milk.product().name());
            assertEquals(Optional.empty(), milk.product().sku());
        }
        try (HikariDataSource after = new HikariDataSource()) {
            after.setJdbcUrl(url);
            after.setUsername("pos");
            MigrationInfo[] all = Flyway.configure().dataSource(after).locations("classpath:db/migration").load().info().all();
            assertEquals(0, Arrays.stream(all).filter(m -> m.getState().isResolved() && !m.getState().isApplied()).count(),
                    "every known migration applied");
        }
    }
}
