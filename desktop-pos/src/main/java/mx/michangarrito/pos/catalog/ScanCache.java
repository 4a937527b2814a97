package mx.michangarrito.pos.catalog;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The products scanned codes found, kept in memory so the next scan of the same code answers without a
 * database round trip (decision 0019). Every change to the catalog empties it ({@link #clear()}, after the
 * change is committed); a lookup that started before such a change cannot put what it read back in
 * ({@link #generation()} / {@link #put}), so a scan never sees a product, price or barcode older than the
 * last committed change. Unknown codes are not kept.
 */
final class ScanCache {

    /** Enough for any shop's catalog; past it the cache starts again instead of growing. */
    static final int MAX_CODES = 200_000;

    private final ConcurrentHashMap<String, Product> byCode = new ConcurrentHashMap<>();
    private long generation;

    /** The product a code found before, if no catalog change happened since. */
    Optional<Product> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Taken before reading the catalog; {@link #put} keeps the result only if nothing changed since. */
    synchronized long generation() {
        return generation;
    }

    synchronized void put(String code, Product product, long readAtGeneration) {
        if (readAtGeneration != generation) {
            return; // the catalog changed while the product was read: it may be out of date
        }
        if (byCode.size() >= MAX_CODES) {
            byCode.clear();
        }
        byCode.put(code, product);
    }

    /** A change to products or barcodes was committed: nothing kept may be trusted any more. */
    synchronized void clear() {
        generation++;
        byCode.clear();
    }
}
