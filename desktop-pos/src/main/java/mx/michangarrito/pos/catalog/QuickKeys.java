package mx.michangarrito.pos.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import org.hibernate.Session;

/**
 * The quick-key grid of the sale screen: which products have a one-touch key and in what order, grouped by
 * their category. Configuration of this counter only (docs/decisions/0016): nothing goes to the outbox.
 * Only roles that may edit the catalog change it.
 */
public final class QuickKeys {

    /** The role that may change the quick keys: the one that may open the catalog (docs/decisions/0014). */
    public static final Role EDITOR = Role.MANAGER;

    private final PosDatabase database;
    private final Clock clock;

    public QuickKeys(PosDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The active quick-key products by category: categories in name order, products without a category
     * last; within each, in the owner's order. Categories without quick keys are left out.
     */
    public List<QuickKeyGroup> groups() {
        return database.read(session -> {
            Map<UUID, List<QuickKeyGroup.Item>> byCategory = new LinkedHashMap<>();
            List<QuickKeyGroup.Item> none = new ArrayList<>();
            for (Product p : ordered(session)) {
                if (p.active()) {
                    p.categoryId().map(c -> byCategory.computeIfAbsent(c, k -> new ArrayList<>())).orElse(none)
                            .add(QuickKeyGroup.Item.of(p));
                }
            }
            List<QuickKeyGroup> groups = new ArrayList<>();
            for (Category c : session.createSelectionQuery("from Category order by nameKey", Category.class)
                    .getResultList()) {
                List<QuickKeyGroup.Item> items = byCategory.get(c.id());
                if (items != null) {
                    groups.add(new QuickKeyGroup(Optional.of(c.id()), Optional.of(c.name()), items));
                }
            }
            if (!none.isEmpty()) {
                groups.add(new QuickKeyGroup(Optional.empty(), Optional.empty(), none));
            }
            return groups;
        });
    }

    /** Where the product's key is (number within its category's tab), or empty when it has none. */
    public Optional<QuickKeyPlace> place(UUID productId) {
        return database.read(session -> {
            Product product = session.find(Product.class, productId);
            if (product == null || session.find(QuickKey.class, productId) == null) {
                return Optional.empty();
            }
            List<Product> tab = sameTab(session, product);
            int index = indexOf(tab, productId);
            Optional<String> category = product.categoryId().map(c -> session.find(Category.class, c))
                    .map(Category::name);
            return Optional.of(new QuickKeyPlace(index + 1, tab.size(), category));
        });
    }

    /** Gives the product a key, at the end of its category's tab; nothing changes when it has one. */
    public void mark(UUID productId, Operator by) {
        requireEditor(by);
        database.writeVoid(session -> add(session, productId));
    }

    /**
     * Gives each product a key, in this order, with nobody logged in: the sample catalog of the first run,
     * loaded while the owner is being created.
     */
    public void markSamples(List<UUID> productIds) {
        database.writeVoid(session -> productIds.forEach(id -> add(session, id)));
    }

    /** Takes the product's key away; nothing changes when it has none. */
    public void unmark(UUID productId, Operator by) {
        requireEditor(by);
        database.writeVoid(session -> {
            QuickKey key = session.find(QuickKey.class, productId);
            if (key != null) {
                session.remove(key);
            }
        });
    }

    /** Moves the product's key one place earlier in its tab; false when it is first or has no key. */
    public boolean moveUp(UUID productId, Operator by) {
        return move(productId, -1, by);
    }

    /** Moves the product's key one place later in its tab; false when it is last or has no key. */
    public boolean moveDown(UUID productId, Operator by) {
        return move(productId, 1, by);
    }

    private boolean move(UUID productId, int step, Operator by) {
        requireEditor(by);
        return database.write(session -> {
            Product product = session.find(Product.class, productId);
            QuickKey key = session.find(QuickKey.class, productId);
            if (product == null || key == null) {
                return false;
            }
            List<Product> tab = sameTab(session, product);
            int index = indexOf(tab, productId);
            int other = index + step;
            if (index < 0 || other < 0 || other >= tab.size()) {
                return false;
            }
            QuickKey neighbour = session.find(QuickKey.class, tab.get(other).id());
            int mine = key.place();
            int theirs = neighbour.place();
            if (mine == theirs) { // two keys marked at once got the same place: make room
                theirs = step < 0 ? mine - 1 : mine + 1;
            }
            key.moveTo(theirs, clock.instant());
            neighbour.moveTo(mine, clock.instant());
            return true;
        });
    }

    private void add(Session session, UUID productId) {
        if (session.find(Product.class, productId) == null) {
            throw CatalogException.unknownProduct(productId);
        }
        if (session.find(QuickKey.class, productId) == null) {
            Integer last = session.createSelectionQuery("select max(place) from QuickKey", Integer.class)
                    .getSingleResult();
            session.persist(new QuickKey(productId, last == null ? 1 : last + 1, clock.instant()));
            session.flush(); // the next key of the same transaction sees this one's place
        }
    }

    private static List<Product> ordered(Session session) {
        return session.createSelectionQuery("select p from QuickKey q join Product p on p.id = q.productId"
                + " order by q.place, q.productId", Product.class).getResultList();
    }

    /** The keys shown in the same tab as {@code product}: active ones of its category, and itself. */
    private static List<Product> sameTab(Session session, Product product) {
        Optional<UUID> category = product.categoryId();
        return ordered(session).stream()
                .filter(p -> p.id().equals(product.id()) || p.active() && p.categoryId().equals(category))
                .toList();
    }

    private static int indexOf(List<Product> tab, UUID productId) {
        for (int i = 0; i < tab.size(); i++) {
            if (tab.get(i).id().equals(productId)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireEditor(Operator by) {
        if (by == null || !by.can(EDITOR)) {
            throw CatalogException.notAllowed();
        }
    }
}
