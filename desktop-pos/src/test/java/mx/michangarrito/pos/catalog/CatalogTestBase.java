package mx.michangarrito.pos.catalog;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** For tests that each want a new {@link CatalogFixture}: opened on a fresh H2 file before each test, closed after. */
abstract class CatalogTestBase {

    @TempDir
    Path dataDir;
    CatalogFixture fx;

    @BeforeEach
    void openCatalog() {
        fx = new CatalogFixture(dataDir);
    }

    @AfterEach
    void closeCatalog() {
        fx.close();
    }
}
