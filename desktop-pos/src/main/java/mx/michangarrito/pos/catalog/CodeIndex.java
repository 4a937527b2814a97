package mx.michangarrito.pos.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The barcodes of active products as sorted arrays, so the search box finds "every product whose barcode
 * starts with what was typed" by binary search, without a database query per keystroke. A GTIN is kept
 * without its leading zeros (stored 07501055300846 is found by typing 75010…); a shop's own code as stored.
 * Immutable: {@link CatalogService} swaps in a new one after each committed change.
 */
final class CodeIndex {

    static final CodeIndex EMPTY = new CodeIndex(new String[0], new UUID[0]);

    /** Past this many codes under one prefix the rest are not looked at (a prefix that short lists names anyway). */
    static final int MAX_PREFIX_OWNERS = 5_000;

    /** One barcode and the product it belongs to. */
    record Code(String key, UUID owner) {
    }

    private final String[] keys;
    private final UUID[] owners;

    private CodeIndex(String[] keys, UUID[] owners) {
        this.keys = keys;
        this.owners = owners;
    }

    /** The form a stored code is looked up in. */
    static String key(String storedCode) {
        if (storedCode.length() == 14 && storedCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String stripped = storedCode.replaceFirst("^0+", "");
            return stripped.isEmpty() ? "0" : stripped;
        }
        return storedCode;
    }

    /** The forms a typed query is looked up in: as typed (upper case) and, if all digits, without leading zeros. */
    static List<String> forms(String query) {
        String typed = query.strip().toUpperCase(Locale.ROOT);
        if (typed.isEmpty() || typed.chars().anyMatch(Character::isWhitespace)) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(typed);
        if (typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String stripped = typed.replaceFirst("^0+", "");
            if (!stripped.isEmpty()) {
                forms.add(stripped);
            }
        }
        return List.copyOf(forms);
    }

    /** @param codes (stored code, product) pairs of active products */
    static CodeIndex of(Collection<Code> codes) {
        Code[] sorted = codes.stream().map(c -> new Code(key(c.key()), c.owner())).toArray(Code[]::new);
        Arrays.sort(sorted, (a, b) -> a.key().compareTo(b.key()));
        return fromSorted(sorted);
    }

    private static CodeIndex fromSorted(Code[] sorted) {
        String[] keys = new String[sorted.length];
        UUID[] owners = new UUID[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            keys[i] = sorted[i].key();
            owners[i] = sorted[i].owner();
        }
        return new CodeIndex(keys, owners);
    }

    /**
     * An index where {@code product} has exactly {@code storedCodes} (empty: none, e.g. deactivated); a code
     * it takes from another product (moved) leaves that product.
     */
    CodeIndex with(UUID product, Collection<String> storedCodes) {
        return with(Map.of(product, storedCodes));
    }

    /**
     * An index where each product of {@code storedCodes} has exactly its codes there, in one pass (an import's
     * new products); a code one of them takes from another product leaves that product.
     */
    CodeIndex with(Map<UUID, ? extends Collection<String>> storedCodes) {
        Map<String, UUID> taken = new HashMap<>();
        storedCodes.forEach((product, codes) -> codes.forEach(code -> taken.put(key(code), product)));
        List<Code> next = new ArrayList<>(keys.length + taken.size());
        for (int i = 0; i < keys.length; i++) {
            if (!storedCodes.containsKey(owners[i]) && !taken.containsKey(keys[i])) {
                next.add(new Code(keys[i], owners[i]));
            }
        }
        taken.forEach((key, product) -> next.add(new Code(key, product)));
        Code[] sorted = next.toArray(Code[]::new);
        Arrays.sort(sorted, (a, b) -> a.key().compareTo(b.key())); // mostly sorted already: near linear
        return fromSorted(sorted);
    }

    int size() {
        return keys.length;
    }

    /** Products with a barcode equal to one of {@code forms}. */
    Set<UUID> exact(List<String> forms) {
        Set<UUID> found = new HashSet<>();
        for (String form : forms) {
            for (int i = firstAtOrAfter(form); i < keys.length && keys[i].equals(form); i++) {
                found.add(owners[i]);
            }
        }
        return found;
    }

    /** Products with a barcode starting with one of {@code forms} (at most {@link #MAX_PREFIX_OWNERS}). */
    Set<UUID> startingWith(List<String> forms) {
        Set<UUID> found = new HashSet<>();
        for (String form : forms) {
            for (int i = firstAtOrAfter(form); i < keys.length && keys[i].startsWith(form)
                    && found.size() < MAX_PREFIX_OWNERS; i++) {
                found.add(owners[i]);
            }
        }
        return found;
    }

    private int firstAtOrAfter(String key) {
        int at = Arrays.binarySearch(keys, key);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && keys[at - 1].equals(key)) {
            at--;
        }
        return at;
    }
}
