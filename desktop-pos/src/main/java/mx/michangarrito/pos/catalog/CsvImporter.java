package mx.michangarrito.pos.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.michangarrito.shared.id.UuidV7Generator;
import org.hibernate.Session;

/**
 * Reads a catalog CSV in two passes: every row is checked first (fields, barcodes, SKUs and scale codes
 * against the catalog and against the file's other rows), and only a file without a single problem is
 * saved, all of it in the caller's one transaction. Writes the same columns for the export.
 */
final class CsvImporter {

    private final ProductWriter writer;
    private final UuidV7Generator ids;

    CsvImporter(ProductWriter writer, UuidV7Generator ids) {
        this.writer = writer;
        this.ids = ids;
    }

    /** The rows of {@code bytes} ready to save, or the complete list of problems. */
    Checked check(Session session, byte[] bytes, ImportProgress progress) {
        List<CsvRowError> errors = new ArrayList<>();
        int[] unclosed = {0};
        Optional<List<CsvText.Record>> parsed = CsvText.parse(CsvText.decode(bytes), unclosed);
        if (parsed.isEmpty()) {
            return new Checked(List.of(), List.of(CsvRowError.of(unclosed[0], "", "csv.unclosed-quote")));
        }
        List<CsvText.Record> records = parsed.get().stream().filter(r -> !r.blank()).toList();
        if (records.isEmpty() || records.size() == 1 && records.getFirst().number() == 1) {
            return new Checked(List.of(), List.of(CsvRowError.of(1, "", "csv.empty-file")));
        }
        CatalogCsv csv = CatalogCsv.header(records.getFirst().fields(), errors);
        if (!errors.isEmpty()) {
            return new Checked(List.of(), errors);
        }
        Set<String> barcodesTaken = new HashSet<>(session.createSelectionQuery(
                "select code from ProductBarcode", String.class).getResultList());
        Set<String> skusTaken = new HashSet<>(session.createSelectionQuery(
                "select sku from Product where sku is not null", String.class).getResultList());
        Set<String> scaleTaken = new HashSet<>(session.createSelectionQuery(
                "select scaleItemCode from Product where scaleItemCode is not null", String.class).getResultList());
        Map<String, Integer> barcodeRow = new HashMap<>();
        Map<String, Integer> skuRow = new HashMap<>();
        Map<String, Integer> scaleRow = new HashMap<>();
        List<CatalogCsv.Parsed> rows = new ArrayList<>(records.size());
        int total = records.size() - 1;
        for (int i = 1; i < records.size(); i++) {
            CsvText.Record record = records.get(i);
            csv.row(record, errors).ifPresent(row -> {
                int before = errors.size();
                for (String code : row.draft().barcodes()) {
                    String key = BarcodeKey.forSaving(code).code();
                    if (barcodesTaken.contains(key)) {
                        errors.add(CsvRowError.of(row.row(), CatalogCsv.BARCODES, "csv.barcode-exists", code,
                                nameByBarcode(session, key)));
                    } else if (barcodeRow.containsKey(key)) {
                        errors.add(CsvRowError.of(row.row(), CatalogCsv.BARCODES, "csv.repeated-in-file", code,
                                String.valueOf(barcodeRow.get(key))));
                    }
                    barcodeRow.putIfAbsent(key, row.row());
                }
                row.draft().sku().ifPresent(sku -> unique(sku, skusTaken, skuRow, row.row(), CatalogCsv.SKU, errors));
                row.draft().scaleItemCode().ifPresent(code ->
                        unique(code, scaleTaken, scaleRow, row.row(), CatalogCsv.SCALE_CODE, errors));
                if (errors.size() == before) {
                    rows.add(row);
                }
            });
            if (i % 100 == 0 || i == total) {
                progress.reached(ImportProgress.Phase.CHECKING, i, total);
            }
        }
        return new Checked(errors.isEmpty() ? rows : List.of(), errors);
    }

    private static void unique(String value, Set<String> taken, Map<String, Integer> seen, int row, String column,
            List<CsvRowError> errors) {
        if (taken.contains(value)) {
            errors.add(CsvRowError.of(row, column, "csv.value-exists", value));
        } else if (seen.containsKey(value)) {
            errors.add(CsvRowError.of(row, column, "csv.repeated-in-file", value, String.valueOf(seen.get(value))));
        }
        seen.putIfAbsent(value, row);
    }

    private static String nameByBarcode(Session session, String key) {
        return session.createSelectionQuery("""
                select p.name from Product p where p.id = (select b.productId from ProductBarcode b where b.code = :c)""",
                String.class).setParameter("c", key).uniqueResultOptional().orElse(key);
    }

    /** Saves checked rows in {@code session}'s transaction, creating categories named in the file as needed. */
    List<ProductWriter.Written> save(Session session, List<CatalogCsv.Parsed> rows, Instant now, Optional<UUID> by,
            ImportProgress progress) {
        Map<String, UUID> categories = new HashMap<>();
        for (Category c : session.createSelectionQuery("from Category", Category.class).getResultList()) {
            categories.put(SearchText.of(c.name()), c.id());
        }
        List<ProductWriter.Written> done = new ArrayList<>(rows.size());
        for (CatalogCsv.Parsed row : rows) {
            Optional<UUID> categoryId = row.category().map(name -> categories.computeIfAbsent(SearchText.of(name), key -> {
                Category created = new Category(ids.next(), name, now);
                session.persist(created);
                return created.id();
            }));
            ProductDraft d = row.draft();
            ProductDraft draft = new ProductDraft(d.name(), d.sku(), d.barcodes(), categoryId, d.unit(), d.soldByWeight(),
                    d.taxes(), d.cost(), d.price(), d.minStock(), d.scaleItemCode(), d.active());
            done.add(writer.createChecked(session, draft, now, by));
            if (done.size() % 500 == 0) {
                session.flush();
                session.clear();
            }
            if (done.size() % 100 == 0 || done.size() == rows.size()) {
                progress.reached(ImportProgress.Phase.SAVING, done.size(), rows.size());
            }
        }
        return done;
    }

    /** The whole catalog as CSV bytes: UTF-8 with a byte-order mark (so Excel shows accents), header first. */
    static byte[] export(Session session) {
        Map<UUID, String> categories = new HashMap<>();
        for (Category c : session.createSelectionQuery("from Category", Category.class).getResultList()) {
            categories.put(c.id(), c.name());
        }
        Map<UUID, List<String>> barcodes = new HashMap<>();
        for (ProductBarcode b : session.createSelectionQuery("from ProductBarcode order by code", ProductBarcode.class)
                .getResultList()) {
            barcodes.computeIfAbsent(b.productId(), id -> new ArrayList<>()).add(b.code());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(CsvText.UTF8_BOM);
        out.writeBytes(CsvText.line(CatalogCsv.COLUMNS).getBytes(StandardCharsets.UTF_8));
        session.createSelectionQuery("from Product order by searchName, id", Product.class).getResultStream()
                .forEach(p -> out.writeBytes(CsvText.line(CatalogCsv.cells(p, barcodes.getOrDefault(p.id(), List.of()),
                        p.categoryId().map(id -> categories.getOrDefault(id, "")).orElse(""))).getBytes(StandardCharsets.UTF_8)));
        return out.toByteArray();
    }

    /** The rows that passed the check (empty when there are errors) and every problem found. */
    record Checked(List<CatalogCsv.Parsed> rows, List<CsvRowError> errors) {
    }
}
