package mx.michangarrito.pos.ui.sale;

import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import mx.michangarrito.pos.device.DisplayOutput;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.shared.money.Money;

/**
 * What the customer display shows during a sale: a welcome while the cart is empty, each item as it is
 * added with its amount and the running total, the total when the payment opens, then what the
 * customer paid and the change until the next item.
 */
public final class CustomerDisplayViewModel {

    private static final int COLUMNS = 20;

    private final java.util.function.Supplier<Optional<DisplayOutput>> display;
    private final Texts texts;
    private final String shopName;

    public CustomerDisplayViewModel(Optional<DisplayOutput> display, Texts texts, String shopName) {
        this(() -> display, texts, shopName);
        Objects.requireNonNull(display, "display");
    }

    /** Follows the display in use at each change (one changed in the back office takes over at once). */
    public CustomerDisplayViewModel(java.util.function.Supplier<Optional<DisplayOutput>> display, Texts texts,
            String shopName) {
        this.display = Objects.requireNonNull(display, "display");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.shopName = Objects.requireNonNull(shopName, "shopName");
    }

    /** Follows the sale screen's cart from now on, starting with the welcome. */
    public void follow(SaleViewModel sale) {
        sale.lines().addListener((ListChangeListener<LineRow>) change -> cartChanged(sale));
        sale.selectedProperty().addListener((obs, was, now) -> cartChanged(sale));
        cartChanged(sale);
    }

    private void cartChanged(SaleViewModel sale) {
        if (sale.lines().isEmpty()) {
            show(centred(texts.get("display.welcome")), centred(shopName));
            return;
        }
        int index = sale.selectedProperty().get();
        LineRow line = sale.lines().get(index < 0 || index >= sale.lines().size() ? sale.lines().size() - 1 : index);
        // the cart itself: the total property is updated after the lines
        show(columns(line.description(), line.amount()), columns(texts.get("display.total"),
                texts.money(sale.cart().totals().total())));
    }

    /** The payment opened: the total to pay. */
    public void paying(Cart cart) {
        show(columns(texts.get("display.total"), texts.money(cart.totals().total())), "");
    }

    /** The sale is stored: what the customer paid and the change. */
    public void paid(CompletedSale sale) {
        Money paid = Money.sum(sale.tenders().stream().map(Tender::amount).toList());
        show(columns(texts.get("display.paid"), texts.money(paid)), columns(texts.get("display.change"),
                texts.money(sale.change())));
    }

    private void show(String upper, String lower) {
        display.get().ifPresent(d -> d.show(upper, lower));
    }

    /** A label and an amount flush right on one 20-character line; the label is cut to make room. */
    static String columns(String label, String amount) {
        String value = amount.strip();
        if (value.length() >= COLUMNS) {
            return value.substring(value.length() - COLUMNS);
        }
        int room = COLUMNS - value.length() - 1;
        String left = label.length() > room ? label.substring(0, room) : label;
        return left + " ".repeat(COLUMNS - left.length() - value.length()) + value;
    }

    private static String centred(String text) {
        String cut = text.length() > COLUMNS ? text.substring(0, COLUMNS) : text;
        return " ".repeat((COLUMNS - cut.length()) / 2) + cut;
    }
}
