package mx.michangarrito.pos.ui.inventory;

import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.catalog.CatalogException;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductHit;
import mx.michangarrito.pos.catalog.ScanResult;

/** Finds the product a person means by what they typed or scanned: a barcode first, then a name or SKU. */
final class ProductLookup {

    private final CatalogService catalog;

    ProductLookup(CatalogService catalog) {
        this.catalog = catalog;
    }

    List<ProductHit> search(String text) {
        return text == null || text.isBlank() ? List.of() : catalog.search(text, 8);
    }

    /**
     * The product for {@code text}: the one with that barcode, or the {@code hitIndex}-th search hit.
     * Empty when nothing matches.
     */
    Optional<Product> resolve(String text, int hitIndex) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        if (!clean.contains(" ") && clean.length() <= 48) {
            try {
                if (catalog.scan(clean) instanceof ScanResult.Item item) {
                    return Optional.of(item.product());
                }
            } catch (CatalogException e) {
                // not a barcode: try it as a name below
            }
        }
        List<ProductHit> hits = search(clean);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        ProductHit hit = hits.get(hitIndex >= 0 && hitIndex < hits.size() ? hitIndex : 0);
        return catalog.find(hit.id());
    }

    Optional<Product> find(java.util.UUID id) {
        return catalog.find(id);
    }
}
