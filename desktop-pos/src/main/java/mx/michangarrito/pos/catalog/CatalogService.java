package mx.michangarrito.pos.catalog;

import jakarta.transaction.Synchronization;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.barcode.VariableMeasureLayouts;
import mx.michangarrito.shared.barcode.VariableMeasureReading;
import mx.michangarrito.shared.barcode.PriceReading;
import mx.michangarrito.shared.barcode.WeightReading;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;

/** The shop's catalog: products with their barcodes, categories, price history, lookup and search. */
public final class CatalogService {

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final VariableMeasureLayouts scaleLabels;
    private final ProductWriter writer;
    private final Outbox outbox;
    private final CsvImporter importer;
    private volatile ProductSearch search;
    private final QuickKeys quickKeys;
    private final ScanCache scanned = new ScanCache();

    /**
     * @param scaleLabels the layouts of the shop's scale labels (prefix 20–29), a setting
     */
    public CatalogService(PosDatabase database, Clock clock, UuidV7Generator ids, VariableMeasureLayouts scaleLabels) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.scaleLabels = Objects.requireNonNull(scaleLabels, "scaleLabels");
        this.outbox = new Outbox(clock);
        this.writer = new ProductWriter(ids, outbox);
        this.importer = new CsvImporter(writer, ids);
        this.quickKeys = new QuickKeys(database, clock);
        this.search = database.read(session -> ProductSearch.of(
                session.createSelectionQuery("from Product where active = true", Product.class)
                        .getResultStream().map(ProductSearch.Entry::of).toList(), activeCodes(session)));
    }

    /** Every barcode of an active product, for the search box's barcode prefixes (two columns, no entities). */
    private static CodeIndex activeCodes(Session session) {
        return CodeIndex.of(session.createSelectionQuery("select b.code, b.productId from ProductBarcode b, Product p"
                + " where p.id = b.productId and p.active = true", Object[].class).getResultStream()
                .map(row -> new CodeIndex.Code((String) row[0], (UUID) row[1])).toList());
    }

    /** Adds a product; {@code by} is the user doing it, for the price history. */
    public Product create(ProductDraft draft, Optional<UUID> by) {
        Product created = database.write(session -> writer.create(session, draft, clock.instant(), by).product());
        reindex(created);
        return created;
    }

    /**
     * Adds many products in one transaction (a CSV import): either all of them are added or, if one is
     * refused (duplicate barcode, bad field), none is, and the error says which.
     */
    public List<Product> createAll(List<ProductDraft> drafts, Optional<UUID> by) {
        List<ProductWriter.Written> created = database.write(session -> {
            List<ProductWriter.Written> done = new ArrayList<>(drafts.size());
            for (ProductDraft draft : drafts) {
                done.add(writer.create(session, draft, clock.instant(), by));
                if (done.size() % 500 == 0) {
                    session.flush();
                    session.clear();
                }
            }
            return done;
        });
        reindexAll(created);
        return created.stream().map(ProductWriter.Written::product).toList();
    }

    /**
     * Puts products added in a transaction that has committed into the search index, with the barcodes written
     * for them (no read of the catalog's codes); an inactive one stays out.
     */
    private synchronized void reindexAll(List<ProductWriter.Written> created) {
        scanned.clear();
        List<ProductSearch.Entry> entries = new ArrayList<>(created.size());
        Map<UUID, List<String>> codes = new HashMap<>();
        for (ProductWriter.Written w : created) {
            if (w.product().active()) {
                entries.add(ProductSearch.Entry.of(w.product()));
                codes.put(w.product().id(), w.codes());
            }
        }
        search = search.withAll(entries, codes);
    }

    /**
     * Imports a catalog CSV (columns in README "Catalog CSV"): every row is checked first and, only if
     * none has a problem, all products are added in one transaction; otherwise nothing is added and the
     * outcome lists every problem by row and column. {@code progress} is told from this thread; if it
     * throws while saving, the transaction rolls back and nothing is imported.
     */
    public ImportOutcome importCsv(byte[] csv, ImportProgress progress, Optional<UUID> by) {
        CsvImporter.Checked checked = database.read(session -> importer.check(session, csv, progress));
        if (!checked.errors().isEmpty()) {
            return new ImportOutcome(0, checked.errors());
        }
        List<ProductWriter.Written> created = database.write(session -> importer.save(session, checked.rows(),
                clock.instant(), by, progress));
        reindexAll(created);
        return new ImportOutcome(created.size(), List.of());
    }

    /** The whole catalog as CSV: UTF-8 with a byte-order mark, the columns of README "Catalog CSV". */
    public byte[] exportCsv() {
        return database.read(CsvImporter::export);
    }

    /**
     * The products matching {@code filter}, by name, at most {@code limit} of them, with their category and
     * stock on hand.
     */
    public List<ProductRow> list(ProductFilter filter, int limit) {
        return database.read(session -> ProductListing.list(session, filter, limit));
    }

    /**
     * Records a new cost of the product inside the caller's transaction (goods received at a new price),
     * with its line in the price history; nothing happens when the cost is unchanged.
     */
    public void recordCost(Session session, UUID productId, Money cost, Optional<UUID> by) {
        Product product = session.find(Product.class, productId);
        if (product == null) {
            throw CatalogException.unknownProduct(productId);
        }
        if (cost.isNegative()) {
            throw CatalogException.invalid("cost", String.valueOf(cost));
        }
        long old = product.cost().centavos();
        if (old != cost.centavos()) {
            Instant now = clock.instant();
            long basedOn = product.version();
            product.changeCost(cost.centavos(), now);
            session.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    scanned.clear(); // the product kept for its codes has the old cost
                }
            });
            session.persist(new PriceChange(ids.next(), productId, now, by.orElse(null), product.price().centavos(),
                    product.price().centavos(), old, cost.centavos()));
            writer.costChanged(session, product, basedOn, now, by);
        }
    }

    /**
     * Changes a product. {@code loadedVersion} is the version the editor showed; if someone changed the
     * product since, the edit is refused instead of silently overwriting theirs.
     */
    public Product update(UUID productId, long loadedVersion, ProductDraft draft, Optional<UUID> by) {
        Product updated = database.write(session -> writer.update(session, productId, loadedVersion, draft,
                clock.instant(), by));
        reindex(updated);
        return updated;
    }

    public Category createCategory(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw CatalogException.invalid("category", clean);
        }
        return database.write(session -> {
            boolean taken = session.createSelectionQuery("from Category where nameKey = :key", Category.class)
                    .setParameter("key", SearchText.of(clean)).getResultCount() > 0;
            if (taken) {
                throw CatalogException.categoryNameTaken(clean);
            }
            Category category = new Category(ids.next(), clean, clock.instant());
            session.persist(category);
            outbox.append(session, new CategoryCommand(ids.next(), category.id(), clean, null, clock.instant()));
            return category;
        });
    }

    /** Gives a category a new name (unique ignoring case and accents). */
    public Category renameCategory(UUID categoryId, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw CatalogException.invalid("category", clean);
        }
        return database.write(session -> {
            Category category = session.find(Category.class, categoryId);
            if (category == null) {
                throw CatalogException.unknownProduct(categoryId);
            }
            boolean taken = session.createSelectionQuery("from Category where nameKey = :key and id <> :id",
                    Category.class).setParameter("key", SearchText.of(clean)).setParameter("id", categoryId)
                    .getResultCount() > 0;
            if (taken) {
                throw CatalogException.categoryNameTaken(clean);
            }
            category.rename(clean);
            outbox.append(session, new CategoryCommand(ids.next(), categoryId, clean, null, clock.instant()));
            return category;
        });
    }

    public List<Category> categories() {
        return database.read(session -> session.createSelectionQuery("from Category order by nameKey", Category.class)
                .getResultList());
    }

    public Optional<Product> find(UUID productId) {
        return database.read(session -> Optional.ofNullable(session.find(Product.class, productId)));
    }

    /**
     * What a scanned or typed code is: a product's barcode (GTIN normalised, or the shop's own code) or a
     * scale label with weight or price.
     *
     * @throws CatalogException UNKNOWN_BARCODE, INVALID_GTIN or BAD_BARCODE, with a Spanish message
     */
    public ScanResult scan(String code) {
        String clean = code == null ? "" : code.strip();
        if (clean.isEmpty() || clean.length() > 48) {
            throw CatalogException.badBarcode(code);
        }
        Optional<Product> known = scanned.get(clean);
        if (known.isPresent()) {
            return new ScanResult.Item(known.get());
        }
        long generation = scanned.generation();
        return database.read(session -> {
            Optional<Product> own = findByBarcode(session, clean);
            if (own.isPresent()) {
                scanned.put(clean, own.get(), generation);
                return new ScanResult.Item(own.get());
            }
            Optional<VariableMeasureReading> label = readScaleLabel(clean);
            if (label.isPresent()) {
                return scaleItem(session, label.get(), clean);
            }
            if (BarcodeKey.looksLikeGtin(clean)) {
                BarcodeKey.forSaving(clean); // a wrong check digit says so instead of "unknown"
            }
            throw CatalogException.unknownBarcode(clean);
        });
    }

    private Optional<VariableMeasureReading> readScaleLabel(String code) {
        try {
            return scaleLabels.resolve(code);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // fits a layout's shape but not its check digit: treat as unknown
        }
    }

    private static Optional<Product> findByBarcode(Session session, String code) {
        for (String key : BarcodeKey.candidatesForLookup(code)) {
            ProductBarcode barcode = session.find(ProductBarcode.class, key);
            if (barcode != null) {
                return Optional.ofNullable(session.find(Product.class, barcode.productId()));
            }
        }
        return Optional.empty();
    }

    private static ScanResult scaleItem(Session session, VariableMeasureReading reading, String code) {
        String itemCode = reading.itemCode().replaceFirst("^0+(?=\\d)", "");
        Product product = session.createSelectionQuery("from Product where scaleItemCode = :code", Product.class)
                .setParameter("code", itemCode).uniqueResultOptional()
                .orElseThrow(() -> CatalogException.unknownBarcode(code));
        return switch (reading) {
            case WeightReading w -> new ScanResult.WeighedItem(product, w.kilograms());
            case PriceReading p -> new ScanResult.PricedItem(product, Money.ofCentavos(p.centavos()));
        };
    }

    /** Active products whose name matches or whose SKU or barcode starts with the query, best first (see {@link ProductSearch}). */
    public List<ProductHit> search(String query, int limit) {
        return search.search(query == null ? "" : query, limit);
    }

    /** Whether {@code text} is in full a barcode of an active product (from memory, no database read). */
    public boolean isBarcode(String text) {
        return text != null && search.isBarcode(text);
    }

    /** The product's barcodes in their stored form. */
    public List<String> barcodes(UUID productId) {
        return database.read(session -> session.createSelectionQuery(
                "select code from ProductBarcode where productId = :id order by code", String.class)
                .setParameter("id", productId).getResultList());
    }

    /** Every price/cost change of the product, oldest first. */
    public List<PriceChange> priceHistory(UUID productId) {
        return database.read(session -> session.createSelectionQuery(
                "from PriceChange where productId = :id order by changedAt, id", PriceChange.class)
                .setParameter("id", productId).getResultList());
    }

    /**
     * Reads {@code productIds} again into the search index, after changes that did not go through this
     * service (the pull of other counters' changes).
     */
    public void refresh(Collection<UUID> productIds) {
        scanned.clear(); // barcodes may have changed too
        if (productIds.isEmpty()) {
            return;
        }
        Map<UUID, List<String>> codes = new HashMap<>();
        List<Product> changed = database.read(session -> {
            session.createSelectionQuery("select code, productId from ProductBarcode where productId in :ids",
                    Object[].class).setParameter("ids", productIds).getResultStream()
                    .forEach(row -> codes.computeIfAbsent((UUID) row[1], id -> new ArrayList<>())
                            .add((String) row[0]));
            return session.createSelectionQuery("from Product where id in :ids", Product.class)
                    .setParameter("ids", productIds).getResultList();
        });
        changed.forEach(p -> reindex(p, codes.getOrDefault(p.id(), List.of())));
    }

    private void reindex(Product product) {
        reindex(product, product.active() ? barcodes(product.id()) : List.of());
    }

    /** Puts the product, with exactly {@code storedCodes} as its barcodes, into the search index. */
    private synchronized void reindex(Product product, List<String> storedCodes) {
        scanned.clear();
        search = search.with(product.id(), product.active() ? ProductSearch.Entry.of(product) : null, storedCodes);
    }

    /** The sale screen's quick keys (favourites per category). */
    public QuickKeys quickKeys() {
        return quickKeys;
    }

    /** Entity classes of this feature, for {@link PosDatabase#open}. */
    public static List<Class<?>> entities() {
        return List.of(Category.class, Product.class, ProductBarcode.class, PriceChange.class, QuickKey.class);
    }
}
