package mx.michangarrito.pos.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/** The catalog list's query: products by name with their category and stock, filtered in the database. */
final class ProductListing {

    private ProductListing() {
    }

    static List<ProductRow> list(Session session, ProductFilter filter, int limit) {
        StringBuilder hql = new StringBuilder("""
                select p.id, p.name, p.sku, c.name, p.priceCentavos, coalesce(l.onHand, 0), p.minStock, p.active
                from Product p left join Category c on c.id = p.categoryId
                left join StockLevel l on l.productId = p.id where 1 = 1""");
        String text = SearchText.of(filter.text());
        List<String> words = text.isEmpty() ? List.of() : List.of(text.split(" "));
        List<String> codes = List.of();
        if (!filter.text().isEmpty() && !filter.text().contains(" ") && filter.text().length() <= 48) {
            codes = BarcodeKey.candidatesForLookup(filter.text());
        }
        if (!words.isEmpty()) {
            hql.append(" and ((");
            for (int i = 0; i < words.size(); i++) {
                hql.append(i > 0 ? " and " : "").append("p.searchName like :w").append(i);
            }
            hql.append(") or lower(p.sku) = :sku");
            if (!codes.isEmpty()) {
                hql.append(" or p.id in (select b.productId from ProductBarcode b where b.code in :codes)");
            }
            hql.append(")");
        }
        filter.categoryId().ifPresent(id -> hql.append(" and p.categoryId = :category"));
        switch (filter.status()) {
            case ACTIVE -> hql.append(" and p.active = true");
            case INACTIVE -> hql.append(" and p.active = false");
            case ALL -> { }
        }
        if (filter.lowOnly()) {
            hql.append(" and p.minStock > 0 and coalesce(l.onHand, 0) <= p.minStock");
        }
        hql.append(" order by p.searchName, p.id");
        SelectionQuery<Object[]> query = session.createSelectionQuery(hql.toString(), Object[].class);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + words.get(i) + "%");
        }
        if (!words.isEmpty()) {
            query.setParameter("sku", filter.text().toLowerCase(java.util.Locale.ROOT));
            if (!codes.isEmpty()) {
                query.setParameter("codes", codes);
            }
        }
        filter.categoryId().ifPresent(id -> query.setParameter("category", id));
        return query.setMaxResults(limit).getResultList().stream().map(r -> new ProductRow((UUID) r[0], (String) r[1],
                r[2] == null ? "" : (String) r[2], r[3] == null ? "" : (String) r[3], Money.ofCentavos((Long) r[4]),
                new BigDecimal(r[5].toString()), (BigDecimal) r[6], (Boolean) r[7])).toList();
    }
}
