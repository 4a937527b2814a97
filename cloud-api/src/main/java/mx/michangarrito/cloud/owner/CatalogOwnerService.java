package mx.michangarrito.cloud.owner;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.auth.Authenticator;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Fields;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.owner.OwnerViews.BarcodeRequest;
import mx.michangarrito.cloud.owner.OwnerViews.CategoryRequest;
import mx.michangarrito.cloud.owner.OwnerViews.CategoryView;
import mx.michangarrito.cloud.owner.OwnerViews.PriceRequest;
import mx.michangarrito.cloud.owner.OwnerViews.ProductRequest;
import mx.michangarrito.cloud.owner.OwnerViews.ProductView;
import mx.michangarrito.cloud.sync.ChangeLogRepository;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CategoryState;
import mx.michangarrito.shared.sync.ProductState;

/**
 * The owner's catalog in the cloud: products (create, edit, price), their barcodes and the categories.
 * Owners and managers write, under row-level security; every write is a change of the shop's change log
 * in the same transaction, so the terminals pull it in sequence order. Edits of a product carry the
 * version the owner read: if the product changed since (a counter's command, another owner's edit), the
 * answer is 409 with the current state (decision 0017).
 */
public final class CatalogOwnerService implements HttpService {

    private static final String PRODUCTS = "/v1/catalog/products";
    private static final String PRODUCT = PRODUCTS + "/{productId}";
    private static final String CATEGORIES = "/v1/catalog/categories";

    private final Endpoints endpoints;
    private final Database database;
    private final Authenticator auth;
    private final OwnerWrites writes;
    private final OwnerRepository records;
    private final Clock clock;
    private final UuidV7Generator ids;

    public CatalogOwnerService(Endpoints endpoints, Database database, Authenticator auth, ChangeLogRepository changes,
                               Clock clock, UuidV7Generator ids) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.database = Objects.requireNonNull(database, "database");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.records = new OwnerRepository(Json.mapper());
        this.writes = new OwnerWrites(changes, records);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules)
                .get(PRODUCTS, this::products)
                .post(PRODUCTS, this::create)
                .get(PRODUCT, this::product)
                .put(PRODUCT, this::edit)
                .put(PRODUCT + "/price", this::price)
                .post(PRODUCT + "/barcodes", this::addBarcode)
                .delete(PRODUCT + "/barcodes/{code}", this::removeBarcode)
                .get(CATEGORIES, this::categories)
                .post(CATEGORIES, this::createCategory)
                .put(CATEGORIES + "/{categoryId}", this::renameCategory);
    }

    private Principal.User writer(ServerRequest request) {
        return auth.user(request, Role.OWNER, Role.MANAGER);
    }

    private void products(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        List<ProductView> all = database.inTenant(user.tenantId(), tx -> records.all(tx, ProductState.KIND,
                ProductState.class).stream().map(v -> writes.view(tx, v)).sorted(Comparator
                .comparing((ProductView p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(ProductView::productId))
                .toList());
        Json.send(response, Status.OK_200, all);
    }

    private void product(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        UUID id = Fields.pathId(request.path().pathParameters().get("productId"));
        Json.send(response, Status.OK_200, database.inTenant(user.tenantId(),
                tx -> writes.view(tx, writes.product(tx, id))));
    }

    private void create(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        ProductRequest body = OwnerInput.body(request, ProductRequest.class);
        ProductState state = state(ids.next(), body);
        List<String> codes = codes(body.barcodes());
        Json.send(response, Status.CREATED_201, database.inTenant(user.tenantId(), tx -> {
            writes.changes().lockShop(tx);
            writes.requireCategory(tx, state.categoryId());
            writes.putProduct(tx, state, codes, clock.instant());
            return writes.view(tx, writes.product(tx, state.productId()));
        }));
    }

    private void edit(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        UUID id = Fields.pathId(request.path().pathParameters().get("productId"));
        ProductRequest body = OwnerInput.body(request, ProductRequest.class);
        long version = Fields.required(body.version(), "version");
        ProductState state = state(id, body);
        List<String> codes = body.barcodes() == null ? null : codes(body.barcodes());
        OwnerWrites.send(response, Status.OK_200, request, () -> database.inTenant(user.tenantId(), tx -> {
            writes.changes().lockShop(tx);
            writes.expect(tx, writes.product(tx, id), version);
            writes.requireCategory(tx, state.categoryId());
            writes.putProduct(tx, state, codes, clock.instant());
            return writes.view(tx, writes.product(tx, id));
        }));
    }

    private void price(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        UUID id = Fields.pathId(request.path().pathParameters().get("productId"));
        PriceRequest body = OwnerInput.body(request, PriceRequest.class);
        long version = Fields.required(body.version(), "version");
        long price = OwnerInput.centavos(body.priceCentavos(), "priceCentavos");
        OwnerWrites.send(response, Status.OK_200, request, () -> database.inTenant(user.tenantId(), tx -> {
            writes.changes().lockShop(tx);
            ProductState p = writes.expect(tx, writes.product(tx, id), version).state();
            writes.putProduct(tx, new ProductState(p.productId(), p.sku(), p.name(), p.categoryId(), p.unit(),
                    p.soldByWeight(), p.iva(), p.iepsPercent(), p.costCentavos(), price, p.minStock(),
                    p.scaleItemCode(), p.active()), null, clock.instant());
            return writes.view(tx, writes.product(tx, id));
        }));
    }

    private void addBarcode(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        UUID id = Fields.pathId(request.path().pathParameters().get("productId"));
        String code = OwnerInput.barcode(OwnerInput.body(request, BarcodeRequest.class).code());
        Json.send(response, Status.CREATED_201, database.inTenant(user.tenantId(), tx -> {
            writes.changes().lockShop(tx);
            var product = writes.product(tx, id);
            writes.claim(tx, code, id);
            writes.changes().put(tx, new BarcodeState(code, id), clock.instant());
            return writes.view(tx, product);
        }));
    }

    private void removeBarcode(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        UUID id = Fields.pathId(request.path().pathParameters().get("productId"));
        String code = OwnerInput.barcode(request.path().pathParameters().get("code"));
        database.inTenant(user.tenantId(), tx -> {
            writes.changes().lockShop(tx);
            writes.product(tx, id);
            if (!writes.changes().barcodesOf(tx, id).contains(code)) {
                throw ApiException.notFound();
            }
            writes.dropBarcode(tx, code, clock.instant());
            return null;
        });
        response.status(Status.NO_CONTENT_204).send();
    }

    private void categories(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        Json.send(response, Status.OK_200, database.inTenant(user.tenantId(), tx -> records.all(tx,
                CategoryState.KIND, CategoryState.class).stream().map(v -> CategoryView.of(v.version(), v.state()))
                .sorted(Comparator.comparing((CategoryView c) -> c.name().toLowerCase(Locale.ROOT))).toList()));
    }

    private void createCategory(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        String name = OwnerInput.name(OwnerInput.body(request, CategoryRequest.class).name(), "name", 100);
        CategoryState category = new CategoryState(ids.next(), name);
        Json.send(response, Status.CREATED_201, database.inTenant(user.tenantId(), tx -> {
            writes.changes().lockShop(tx);
            writes.requireFreeCategoryName(tx, category);
            writes.changes().put(tx, category, clock.instant());
            var stored = records.find(tx, CategoryState.KIND, category.key(), CategoryState.class).orElseThrow();
            return CategoryView.of(stored.version(), stored.state());
        }));
    }

    private void renameCategory(ServerRequest request, ServerResponse response) {
        Principal.User user = writer(request);
        UUID id = Fields.pathId(request.path().pathParameters().get("categoryId"));
        String name = OwnerInput.name(OwnerInput.body(request, CategoryRequest.class).name(), "name", 100);
        Json.send(response, Status.OK_200, database.inTenant(user.tenantId(), tx -> {
            writes.changes().lockShop(tx);
            records.find(tx, CategoryState.KIND, id.toString(), CategoryState.class)
                    .orElseThrow(ApiException::notFound);
            CategoryState renamed = new CategoryState(id, name);
            writes.requireFreeCategoryName(tx, renamed);
            writes.renameCategory(tx, renamed, clock.instant());
            var stored = records.find(tx, CategoryState.KIND, id.toString(), CategoryState.class).orElseThrow();
            return CategoryView.of(stored.version(), stored.state());
        }));
    }

    /** The product's whole state from a request, checked. */
    private static ProductState state(UUID id, ProductRequest b) {
        String name = OwnerInput.name(b.name(), "name", OwnerInput.MAX_NAME);
        String sku = OwnerInput.optional(b.sku(), "sku", 64);
        String unit = OwnerInput.unit(b.unit());
        boolean weighed = Boolean.TRUE.equals(b.soldByWeight());
        if (weighed && unit.equals("PIEZA")) {
            throw ApiException.badRequest("owner.weighed_unit");
        }
        return new ProductState(id, sku, name, b.categoryId(), unit, weighed, OwnerInput.iva(b.iva()),
                OwnerInput.ieps(b.iepsPercent()), OwnerInput.centavos(b.costCentavos(), "costCentavos"),
                OwnerInput.centavos(b.priceCentavos(), "priceCentavos"), OwnerInput.quantity(b.minStock(), "minStock"),
                OwnerInput.optional(b.scaleItemCode(), "scaleItemCode", 16), b.active() == null || b.active());
    }

    private static List<String> codes(List<String> typed) {
        if (typed == null) {
            return List.of();
        }
        if (typed.size() > 20) {
            throw ApiException.badRequest("owner.barcodes", 20);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : typed) {
            codes.add(OwnerInput.barcode(code));
        }
        return List.copyOf(codes);
    }
}
