package mx.michangarrito.pos.ui.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.device.CardPayments;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerBalance;
import mx.michangarrito.pos.fiado.CustomerService;
import mx.michangarrito.pos.fiado.FiadoException;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.SaleService;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.StaffMember;
import mx.michangarrito.pos.user.UserService;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;

/**
 * Paying the cart: one key per tender, several tenders for one sale, quick cash amounts. As soon as the
 * tenders cover the total the sale is stored ({@link SaleService#complete}) and the change is shown.
 */
public final class PaymentViewModel {

    private final Cart cart;
    private final SaleService sales;
    private final CustomerService customers;
    private final UUID cashierId;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final Consumer<CompletedSale> onCompleted;
    private final UserService users;
    private final Money total;
    private Tender awaitingApproval;
    private CardTerminalViewModel cardTerminal;
    private final List<Tender> tenders = new ArrayList<>();

    private final ObservableList<String> tenderRows = FXCollections.observableArrayList();
    private final ObservableList<Customer> customerResults = FXCollections.observableArrayList();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper paid = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CompletedSale> completed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper needsManager = new ReadOnlyBooleanWrapper(false);

    public PaymentViewModel(Cart cart, SaleService sales, CustomerService customers, UserService users, UUID cashierId,
            Texts texts, TaskExecutor tasks, Consumer<CompletedSale> onCompleted) {
        this.cart = Objects.requireNonNull(cart, "cart");
        this.sales = Objects.requireNonNull(sales, "sales");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.users = Objects.requireNonNull(users, "users");
        this.cashierId = Objects.requireNonNull(cashierId, "cashierId");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onCompleted = Objects.requireNonNull(onCompleted, "onCompleted");
        this.total = cart.totals().total();
        update();
    }

    /** Card payments go through {@code terminal} (the manual authorisation number stays as a fallback). */
    public void useTerminal(CardPayments terminal) {
        cardTerminal = new CardTerminalViewModel(terminal, this, texts);
    }

    /** The card terminal's side of the payment, when the shop has a terminal. */
    public Optional<CardTerminalViewModel> cardTerminal() {
        return Optional.ofNullable(cardTerminal);
    }

    public String total() {
        return texts.money(total);
    }

    /** What the amount field holds; empty means "what is still owed". */
    public StringProperty amountProperty() {
        return amount;
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paidProperty() {
        return paid.getReadOnlyProperty();
    }

    /** The change to hand back, once the sale is stored. */
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CompletedSale> completedProperty() {
        return completed.getReadOnlyProperty();
    }

    /** A fiado above the customer's limit (or without credit) waits for a manager's PIN. */
    public ReadOnlyBooleanProperty needsManagerProperty() {
        return needsManager.getReadOnlyProperty();
    }

    /** Who can allow it: active managers and owners. */
    public List<StaffMember> approvers() {
        try {
            return users.listApprovers();
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return List.of();
        }
    }

    /** A manager allows the fiado above the limit with their PIN; the sale is then stored. */
    public void approveFiado(UUID managerId, String pin) {
        if (awaitingApproval == null || managerId == null) {
            return;
        }
        Tender approved;
        try {
            approved = sales.approveOverLimit(awaitingApproval, managerId, pin);
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return;
        }
        awaitingApproval = null;
        needsManager.set(false);
        add(() -> approved);
    }

    /** The fiado is not allowed after all: pay what is due another way. */
    public void dropFiado() {
        awaitingApproval = null;
        needsManager.set(false);
        message.set("");
    }

    public ObservableList<String> tenderRows() {
        return FXCollections.unmodifiableObservableList(tenderRows);
    }

    public ObservableList<Customer> customerResults() {
        return FXCollections.unmodifiableObservableList(customerResults);
    }

    /** Cash handed over: the typed amount, or exactly what is owed when nothing is typed. */
    public void cash() {
        amountOrRemaining().ifPresent(a -> add(() -> Tender.cash(a)));
    }

    /** A quick cash button: the customer handed a bill of {@code pesos}. */
    public void quickCash(long pesos) {
        add(() -> Tender.cash(Money.ofPesos(pesos)));
    }

    /** Cash, exactly what is still owed. */
    public void exactCash() {
        add(() -> Tender.cash(owed()));
    }

    /** Card charged on the terminal, with the voucher's authorisation number. */
    public void card(String authorisation) {
        amountOrRemaining().ifPresent(a -> nonCash(a, () -> Tender.card(a, authorisation)));
    }

    /**
     * What a charge on the card terminal asks for: the typed amount, or what is still owed; empty (with
     * the reason shown) when nothing can be charged now.
     */
    public Optional<Money> cardAmount() {
        if (completed.get() != null || busy.get() || needsManager.get() || !owed().isPositive()) {
            return Optional.empty();
        }
        Optional<Money> a = amountOrRemaining();
        if (a.isPresent() && a.get().isGreaterThan(owed())) {
            message.set(texts.get("payment.error.non-cash-over", texts.money(owed())));
            return Optional.empty();
        }
        return a.filter(Money::isPositive);
    }

    /** The terminal approved {@code a}: recorded as a card tender with its authorisation and masked card. */
    public void cardApproved(Money a, String reference) {
        add(() -> Tender.card(a, reference));
    }

    /** Shows what the card terminal said (a decline, an error), or clears it. */
    void say(String text) {
        message.set(text);
    }

    /** A bank transfer (SPEI) with its reference. */
    public void transfer(String reference) {
        amountOrRemaining().ifPresent(a -> nonCash(a, () -> Tender.transfer(a, reference)));
    }

    /** On the customer's fiado account. */
    public void fiado(UUID customerId) {
        if (customerId == null) {
            message.set(texts.get("payment.error.pick-customer"));
            return;
        }
        amountOrRemaining().ifPresent(a -> nonCash(a, () -> Tender.fiado(a, customerId)));
    }

    /** Customers whose name or phone matches; with nothing typed, every active customer by name. */
    public void searchCustomers(String query) {
        try {
            customerResults.setAll(query == null || query.isBlank()
                    ? customers.listWithBalances().stream().map(CustomerBalance::customer).toList()
                    : customers.search(query, 20));
        } catch (RuntimeException e) {
            customerResults.clear();
            message.set(texts.error(e));
        }
    }

    /** Takes back the last tender added (before the sale is stored). */
    public void removeLast() {
        if (!tenders.isEmpty() && completed.get() == null && !busy.get()) {
            tenders.removeLast();
            update();
        }
    }

    private Optional<Money> amountOrRemaining() {
        String text = amount.get();
        if (text == null || text.isBlank()) {
            return Optional.of(owed());
        }
        try {
            return Optional.of(MoneyFormat.parse(text));
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return Optional.empty();
        }
    }

    private void nonCash(Money a, Supplier<Tender> tender) {
        if (a.isGreaterThan(owed())) {
            message.set(texts.get("payment.error.non-cash-over", texts.money(owed())));
            return;
        }
        add(tender);
    }

    private void add(Supplier<Tender> tender) {
        if (completed.get() != null || busy.get() || needsManager.get()) {
            return;
        }
        if (!owed().isPositive()) {
            return;
        }
        try {
            tenders.add(tender.get());
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return;
        }
        amount.set("");
        message.set("");
        update();
        if (!owed().isPositive()) {
            complete();
        }
    }

    private void complete() {
        busy.set(true);
        List<Tender> paying = List.copyOf(tenders);
        tasks.execute(() -> sales.complete(cart, paying, cashierId), sale -> {
            busy.set(false);
            completed.set(sale);
            change.set(texts.money(sale.change()));
            message.set(texts.get("payment.done", sale.folio()));
            onCompleted.accept(sale);
        }, failure -> {
            busy.set(false);
            Tender refused = tenders.removeLast();
            if (failure instanceof FiadoException f && (f.reason() == FiadoException.Reason.OVER_LIMIT
                    || f.reason() == FiadoException.Reason.NO_CREDIT)) {
                awaitingApproval = refused;
                needsManager.set(true);
            }
            update();
            message.set(texts.error(failure));
        });
    }

    private Money paidSoFar() {
        return Money.sum(tenders.stream().map(Tender::amount).toList());
    }

    private Money owed() {
        return Money.max(total.minus(paidSoFar()), Money.ZERO);
    }

    private void update() {
        remaining.set(texts.money(owed()));
        paid.set(texts.money(paidSoFar()));
        tenderRows.setAll(tenders.stream().map(this::row).toList());
    }

    private String row(Tender t) {
        String kind = texts.get("payment.kind." + t.kind().name().toLowerCase(java.util.Locale.ROOT));
        String detail = t.kind() == TenderKind.FIADO
                ? t.customerId().flatMap(customers::find).map(Customer::name).orElse("")
                : t.reference().orElse("");
        return detail.isEmpty() ? kind + "  " + texts.money(t.amount())
                : kind + " (" + detail + ")  " + texts.money(t.amount());
    }
}
