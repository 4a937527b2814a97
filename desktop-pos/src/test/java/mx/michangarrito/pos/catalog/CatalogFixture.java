package mx.michangarrito.pos.catalog;

import java.nio.file.Path;
import java.time.Clock;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.barcode.VariableMeasureLayouts;
import mx.michangarrito.shared.id.UuidV7Generator;

/** A catalog on a real H2 file, with the scale-label layouts most Mexican shops use. */
final class CatalogFixture implements AutoCloseable {

    static final VariableMeasureLayouts LABELS = VariableMeasureLayouts.of("21IIIIIWWWWWC", "23IIIIIPPPPPC");

    final PosDatabase db;
    final CatalogService catalog;

    CatalogFixture(Path dataDir) {
        // Product changes queue commands for the cloud in the outbox, in the same transaction.
        this.db = PosDatabase.open(dataDir, java.util.stream.Stream.concat(CatalogService.entities().stream(),
                mx.michangarrito.pos.outbox.Outbox.entities().stream()).toList());
        this.catalog = new CatalogService(db, Clock.systemUTC(), UuidV7Generator.system(), LABELS);
    }

    long count(String entity) {
        return db.read(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult());
    }

    @Override
    public void close() {
        db.close();
    }
}
