package mx.michangarrito.pos.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * In-memory name/SKU/barcode search over active products: a product matches when every query word appears
 * in its name (accents and case ignored) or its SKU or one of its barcodes starts with the query. Results
 * rank an exact SKU or barcode first, then name-starts-with-query, then names whose words start with the
 * query words, then SKU/barcode prefixes, then names merely containing the words; shorter names first
 * within a rank. Barcodes are looked up in a sorted {@link CodeIndex}. A scan over plain arrays
 * answers in milliseconds at 100,000 products. Snapshots are immutable; {@link CatalogService} swaps in
 * a new one after each committed change, so a reader never sees a half-applied edit.
 */
final class ProductSearch {

    /** One searchable product. */
    record Entry(ProductHit hit, String searchName, String skuKey) {
        static Entry of(Product p) {
            return new Entry(new ProductHit(p.id(), p.name(), p.sku().orElse(""), p.price()), p.searchName(),
                    p.sku().map(s -> s.toLowerCase(Locale.ROOT)).orElse(""));
        }
    }

    private record Scored(Entry entry, int rank) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::rank)
            .thenComparingInt(s -> s.entry().searchName().length())
            .thenComparing(s -> s.entry().searchName());

    /** Typed barcodes shorter than this list no barcode prefixes (too many would match). */
    static final int MIN_BARCODE_PREFIX = 3;

    private final Entry[] entries;
    private final CodeIndex codes;

    private ProductSearch(Entry[] entries, CodeIndex codes) {
        this.entries = entries;
        this.codes = codes;
    }

    static ProductSearch of(Collection<Entry> entries) {
        return of(entries, CodeIndex.EMPTY);
    }

    static ProductSearch of(Collection<Entry> entries, CodeIndex codes) {
        return new ProductSearch(entries.toArray(Entry[]::new), codes);
    }

    /**
     * A snapshot with {@code entry} added, replacing any entry of the same product, and with exactly
     * {@code storedCodes} as its barcodes; a null entry removes the product and its barcodes.
     */
    ProductSearch with(UUID productId, Entry entry, Collection<String> storedCodes) {
        ProductSearch named = with(productId, entry);
        return new ProductSearch(named.entries, codes.with(productId, entry == null ? List.of() : storedCodes));
    }

    /** Whether {@code text} is, in full, one of the indexed barcodes. */
    boolean isBarcode(String text) {
        return !codes.exact(CodeIndex.forms(text)).isEmpty();
    }

    /** A snapshot with {@code entry} added, replacing any entry of the same product; null entry removes it. */
    private ProductSearch with(UUID productId, Entry entry) {
        List<Entry> next = new ArrayList<>(entries.length + 1);
        for (Entry e : entries) {
            if (!e.hit().id().equals(productId)) {
                next.add(e);
            }
        }
        if (entry != null) {
            next.add(entry);
        }
        return of(next, codes);
    }

    /**
     * A snapshot with many products added or replaced at once (one pass, for imports), each product of
     * {@code storedCodes} with exactly its codes there as its barcodes.
     */
    ProductSearch withAll(List<Entry> changed, Map<UUID, ? extends Collection<String>> storedCodes) {
        Map<UUID, Entry> byId = new LinkedHashMap<>(entries.length + changed.size());
        for (Entry e : entries) {
            byId.put(e.hit().id(), e);
        }
        for (Entry e : changed) {
            byId.put(e.hit().id(), e);
        }
        return of(byId.values(), codes.with(storedCodes));
    }

    int size() {
        return entries.length;
    }

    List<ProductHit> search(String query, int limit) {
        String q = SearchText.of(query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        String[] words = q.split(" ");
        List<String> codeForms = CodeIndex.forms(query);
        Codes typed = new Codes(q, codes.exact(codeForms),
                q.length() >= MIN_BARCODE_PREFIX ? codes.startingWith(codeForms) : java.util.Set.of());
        PriorityQueue<Scored> worstFirst = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (Entry e : entries) {
            int rank = rank(e, q, words, typed);
            if (rank >= 0) {
                worstFirst.add(new Scored(e, rank));
                if (worstFirst.size() > limit) {
                    worstFirst.poll();
                }
            }
        }
        Scored[] best = worstFirst.toArray(Scored[]::new);
        Arrays.sort(best, BEST_FIRST);
        return Arrays.stream(best).map(s -> s.entry().hit()).toList();
    }

    /** What the query finds among codes: products with it as a whole barcode or a barcode prefix. */
    private record Codes(String q, java.util.Set<UUID> exact, java.util.Set<UUID> prefixed) {
        boolean exactly(Entry e) {
            return (!e.skuKey().isEmpty() && e.skuKey().equals(q)) || exact.contains(e.hit().id());
        }

        boolean starts(Entry e) {
            return (!e.skuKey().isEmpty() && e.skuKey().startsWith(q)) || prefixed.contains(e.hit().id());
        }
    }

    /**
     * 0 whole SKU or barcode, 1 name starts with the query, 2 every word starts a name word, 3 SKU or
     * barcode starts with the query, 4 name contains the words; -1 no match.
     */
    private static int rank(Entry e, String q, String[] words, Codes codes) {
        if (codes.exactly(e)) {
            return 0;
        }
        int byName = nameRank(e, q, words);
        if (byName == 1 || byName == 2) {
            return byName;
        }
        return codes.starts(e) ? 3 : byName;
    }

    private static int nameRank(Entry e, String q, String[] words) {
        String name = e.searchName();
        boolean allWordStarts = true;
        for (String word : words) {
            int at = name.indexOf(word);
            if (at < 0) {
                return -1;
            }
            if (allWordStarts && !startsAWord(name, word, at)) {
                allWordStarts = false;
            }
        }
        if (name.startsWith(q)) {
            return 1;
        }
        return allWordStarts ? 2 : 4;
    }

    private static boolean startsAWord(String name, String word, int firstAt) {
        for (int at = firstAt; at >= 0; at = name.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
