package mx.michangarrito.pos.ui.sale;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductHit;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CartLine;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Discount;
import mx.michangarrito.pos.sale.ParkedSale;
import mx.michangarrito.pos.sale.ParkedSales;
import mx.michangarrito.pos.sale.SaleService;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.StaffMember;
import mx.michangarrito.pos.user.UserService;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxBreakdown;

/**
 * The sale being rung up: scans and search picks land in the cart, lines are edited by the selected
 * index, discounts, park and resume. Every refusal becomes a Spanish message, never an exception.
 */
public final class SaleViewModel {

    private static final int SEARCH_LIMIT = 30;

    private final CatalogService catalog;
    private final SaleService sales;
    private final ParkedSales parked;
    private final UserService users;
    private final Operator cashier;
    private final Texts texts;
    private Cart cart = new Cart();

    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<ProductHit> results = FXCollections.observableArrayList();
    // One read-only view each, made once: a listener on a fresh view went away with it (a view follows weakly).
    private final ObservableList<LineRow> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<ProductHit> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Product> awaitingWeight = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);

    public SaleViewModel(CatalogService catalog, SaleService sales, ParkedSales parked, UserService users,
            Operator cashier, Texts texts) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.sales = Objects.requireNonNull(sales, "sales");
        this.parked = Objects.requireNonNull(parked, "parked");
        this.users = Objects.requireNonNull(users, "users");
        this.cashier = Objects.requireNonNull(cashier, "cashier");
        this.texts = Objects.requireNonNull(texts, "texts");
        refresh(-1);
    }

    public ObservableList<LineRow> lines() { return linesView; }

    public ObservableList<ProductHit> searchResults() { return resultsView; }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "3 artículos · IVA $12.34". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** A product sold by weight waiting for its kilograms (from the scale or typed). */
    public ReadOnlyObjectProperty<Product> awaitingWeightProperty() {
        return awaitingWeight.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public Operator cashier() {
        return cashier;
    }

    /** The cart to pay; the payment screen reads it and does not change it. */
    public Cart cart() {
        return cart;
    }

    public void select(int index) {
        if (index >= -1 && index < lines.size()) {
            selected.set(index);
        }
    }

    /** A scanned or typed code: the product lands in the cart, or the screen says why not. */
    public boolean scan(String code) {
        try {
            ScanResult result = catalog.scan(code);
            if (result instanceof ScanResult.Item item && item.product().soldByWeight()) {
                askWeight(item.product());
                return true;
            }
            int index = cart.add(result);
            added(index);
            return true;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }

    /** Instant results for the search box (name, SKU or barcode start). */
    public void search(String query) {
        try {
            results.setAll(query == null || query.isBlank() ? List.of() : catalog.search(query, SEARCH_LIMIT));
        } catch (RuntimeException e) {
            results.clear();
            error(e);
        }
    }

    /** Whether {@code text} is a whole barcode of the catalog: Enter then rings it up as a scan would. */
    public boolean isBarcode(String text) { return catalog.isBarcode(text); }

    /** Adds one of a product picked from the search results (weighed products ask for their weight). */
    public void addProduct(UUID productId) {
        try {
            Optional<Product> product = catalog.find(productId);
            if (product.isEmpty() || !product.get().active()) {
                message(texts.get("sale.error.product-gone"), true);
                return;
            }
            if (product.get().soldByWeight()) {
                askWeight(product.get());
                return;
            }
            added(cart.addUnits(product.get(), BigDecimal.ONE));
            results.clear();
        } catch (RuntimeException e) {
            error(e);
        }
    }

    private void askWeight(Product product) {
        awaitingWeight.set(product);
        message(texts.get("sale.weight.ask", product.name()), false);
    }

    /** The kilograms for the product waiting for its weight. */
    public boolean enterWeight(String kilograms) {
        Product product = awaitingWeight.get();
        if (product == null) {
            return false;
        }
        Optional<BigDecimal> kg = Inputs.quantity(kilograms);
        if (kg.isEmpty()) {
            message(texts.get("sale.error.weight", kilograms == null ? "" : kilograms), true);
            return false;
        }
        try {
            int index = cart.addUnits(product, kg.get());
            awaitingWeight.set(null);
            results.clear();
            added(index);
            return true;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }

    public void cancelWeight() {
        awaitingWeight.set(null);
        message("", false);
    }

    /** The selected line's new quantity (kilograms for a weighed line). */
    public boolean setQuantity(String text) {
        int index = selected.get();
        if (index < 0) {
            message(texts.get("sale.error.no-line"), true);
            return false;
        }
        Optional<BigDecimal> quantity = Inputs.quantity(text);
        if (quantity.isEmpty()) {
            message(texts.get("sale.error.quantity", text == null ? "" : text), true);
            return false;
        }
        try {
            cart.setQuantity(index, quantity.get());
            refresh(index);
            message("", false);
            return true;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }

    /** Removes the selected line; the one below (or above, at the end) becomes selected. */
    public void deleteSelected() {
        int index = selected.get();
        if (index < 0) {
            message(texts.get("sale.error.no-line"), true);
            return;
        }
        String name = cart.lines().get(index).description();
        cart.remove(index);
        refresh(Math.min(index, cart.lines().size() - 1));
        message(texts.get("sale.line.removed", name), false);
    }

    /** A discount on the selected line: "10%" or an amount. */
    public boolean lineDiscount(String text) {
        int index = selected.get();
        if (index < 0) {
            message(texts.get("sale.error.no-line"), true);
            return false;
        }
        return applyDiscount(text, d -> cart.setLineDiscount(index, d));
    }

    /** A discount on the whole ticket: "10%" or an amount. */
    public boolean ticketDiscount(String text) {
        if (cart.isEmpty()) {
            message(texts.get("sale.error.empty"), true);
            return false;
        }
        return applyDiscount(text, cart::setTicketDiscount);
    }

    private boolean applyDiscount(String text, java.util.function.Consumer<Discount> apply) {
        try {
            Optional<Discount> discount = Inputs.discount(text);
            if (discount.isEmpty()) {
                message(texts.get("sale.error.discount", text), true);
                return false;
            }
            apply.accept(discount.get());
            refresh(selected.get());
            message(sales.needsDiscountApproval(cart) ? texts.get("sale.discount.needs-manager") : "", false);
            return true;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }

    /** Whether paying needs a manager's PIN first (discounts above the limit). */
    public boolean needsDiscountApproval() {
        return sales.needsDiscountApproval(cart);
    }

    /** Who can approve: active managers and owners. */
    public List<StaffMember> approvers() {
        try {
            return users.listApprovers();
        } catch (RuntimeException e) {
            error(e);
            return List.of();
        }
    }

    /** A manager approves the current discounts with their PIN. */
    public boolean approveDiscounts(UUID managerId, String pin) {
        try {
            sales.approveDiscounts(cart, managerId, pin);
            message(texts.get("sale.discount.approved"), false);
            return true;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }

    /** Sets the cart aside under a label and starts an empty one. */
    public boolean park(String label) {
        try {
            ParkedSale p = parked.park(cart, label, cashier.userId());
            cart = new Cart();
            refresh(-1);
            message(texts.get("sale.parked", p.label()), false);
            return true;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }

    /** Carts waiting, oldest first. */
    public List<ParkedSale> parkedSales() {
        try {
            return parked.list();
        } catch (RuntimeException e) {
            error(e);
            return List.of();
        }
    }

    /** Brings a parked cart back; the current one must be empty (park it first). */
    public boolean resume(UUID parkedId) {
        if (!cart.isEmpty()) {
            message(texts.get("sale.error.resume-over-cart"), true);
            return false;
        }
        try {
            cart = parked.resume(parkedId);
            refresh(cart.lines().size() - 1);
            message(texts.get("sale.resumed"), false);
            return true;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }

    /** Empties the cart (the customer changed their mind). */
    public void cancelSale() {
        cart.clear();
        awaitingWeight.set(null);
        refresh(-1);
        message(texts.get("sale.cancelled"), false);
    }

    /** The sale was paid and stored: a fresh cart, and the last folio and change on screen. */
    public void saleCompleted(CompletedSale sale) {
        cart = new Cart();
        refresh(-1);
        message(texts.get("sale.completed", sale.folio(), texts.money(sale.change())), false);
    }

    /** Shows a message that came from elsewhere (a rejected scan from the serial scanner). */
    public void notice(String text, boolean isError) {
        message(text, isError);
    }

    private void added(int index) {
        refresh(index);
        CartLine line = cart.lines().get(index);
        message(texts.get("sale.line.added", line.description(), texts.money(line.gross().minus(line.discountAmount()))),
                false);
    }

    private void refresh(int select) {
        List<CartLine> cartLines = cart.lines();
        RowUpdates.apply(lines, cartLines.stream().map(line -> LineRow.of(line, texts)).toList());
        TaxBreakdown totals = cart.totals();
        total.set(texts.money(totals.total()));
        BigDecimal pieces = cartLines.stream().map(l -> l.weighed() ? BigDecimal.ONE : l.quantity())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Money discount = totals.discount();
        summary.set(texts.get("sale.summary", pieces.stripTrailingZeros().toPlainString(),
                texts.money(totals.totalTaxes()), discount.isZero() ? "" : texts.get("sale.summary.discount",
                        texts.money(discount))));
        selected.set(select);
        empty.set(cartLines.isEmpty());
    }

    private void error(RuntimeException e) {
        message(texts.error(e), true);
    }

    private void message(String text, boolean isError) {
        message.set(text);
        messageIsError.set(isError);
    }
}
