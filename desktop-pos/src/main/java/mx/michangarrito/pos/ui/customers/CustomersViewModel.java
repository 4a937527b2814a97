package mx.michangarrito.pos.ui.customers;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.fiado.AgingRow;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerBalance;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.fiado.CustomerService;
import mx.michangarrito.pos.fiado.FiadoEntry;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.fiado.FiadoPayments;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.pos.receipt.PaymentTicket;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;

/**
 * Customers and fiados: the accounts with what each owes and how old it is (filter by name or phone, only
 * those owing), the chosen account's statement, payments (which print a receipt), and creating or editing
 * a customer, deactivating or reactivating them (with a reason), the statement of a chosen period (shown
 * and printed) and the history of limits. Only a manager or the owner may change a credit limit: the
 * service refuses anyone else and records every change.
 */
public final class CustomersViewModel {

    /** One account in the list. */
    public record Row(Customer customer, Money balance, Money upTo30Days, Money days31To60, Money over60Days) {
    }

    private final CustomerService customers;
    private final FiadoLedger ledger;
    private final FiadoPayments payments;
    private final Optional<TicketService> tickets;
    private final Operator operator;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final CustomerCard card;
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty onlyOwing = new SimpleBooleanProperty(false);
    private final BooleanProperty onlyInactive = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentTender> tender = new SimpleObjectProperty<>(PaymentTender.CASH);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty limit = new SimpleStringProperty("0");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    /** The customer the form edits (F3); null while the form is for a new customer. */
    private Customer editing;

    public CustomersViewModel(CustomerService customers, FiadoLedger ledger, FiadoPayments payments,
            Optional<TicketService> tickets, Operator operator, Texts texts, TaskExecutor tasks, ZoneId zone,
            Clock clock) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.card = new CustomerCard(customers, ledger, tickets, operator, texts, tasks, zone, clock);
        selected.addListener((obs, was, now) -> card.show(now == null ? null : now.customer(), this::fail));
        filter.addListener((obs, was, now) -> load());
        onlyOwing.addListener((obs, was, now) -> load());
        onlyInactive.addListener((obs, was, now) -> load());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** The chosen customer's statement for the period: a head with the totals, then each entry. */
    public ObservableList<String> statement() {
        return card.statement();
    }

    /** The chosen customer's credit limits and deactivations, oldest first. */
    public ObservableList<String> history() {
        return card.history();
    }

    /** First day of the statement (dd/MM/yyyy in the shop's zone). */
    public StringProperty fromProperty() {
        return card.period().fromProperty();
    }

    /** Last day of the statement, included. */
    public StringProperty toProperty() {
        return card.period().toProperty();
    }

    /** Shows only deactivated customers ("inactivos"). */
    public BooleanProperty onlyInactiveProperty() {
        return onlyInactive;
    }

    /** Why a limit changes or a customer is deactivated or reactivated. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty onlyOwingProperty() {
        return onlyOwing;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<PaymentTender> tenderProperty() {
        return tender;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty limitProperty() {
        return limit;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether this operator may change credit limits (the service checks it; the form only reflects it). */
    public boolean canChangeLimits() {
        return operator.can(Role.MANAGER);
    }

    /** Reads the accounts again, keeping the chosen one when it is still listed. */
    public void load() {
        load(Optional.ofNullable(selected.get()).map(r -> r.customer().id()));
    }

    private void load(Optional<UUID> keep) {
        String words = filter.get().strip().toLowerCase(Locale.ROOT);
        boolean owing = onlyOwing.get();
        boolean active = !onlyInactive.get();
        tasks.execute(() -> {
            Map<UUID, AgingRow> aging = ledger.aging(clock.instant()).stream()
                    .collect(Collectors.toMap(a -> a.customer().id(), Function.identity()));
            return customers.listWithBalances(active).stream().filter(b -> !owing || b.balance().isPositive())
                    .filter(b -> matches(b.customer(), words)).map(b -> row(b, aging.get(b.customer().id()))).toList();
        }, list -> {
            rows.setAll(list);
            Row again = keep.flatMap(id -> list.stream().filter(r -> r.customer().id().equals(id)).findFirst())
                    .orElse(null);
            selected.set(null);
            selected.set(again);
        }, failure -> fail(texts.error(failure)));
    }

    /** A row of the list: name, phone, balance and its age. */
    public String rowText(Row r) {
        return texts.get("customers.row", r.customer().name(), r.customer().phone().orElse("—"),
                texts.money(r.balance()), texts.money(r.upTo30Days()), texts.money(r.days31To60()),
                texts.money(r.over60Days()));
    }

    /** Fills the form with the chosen customer to edit them. */
    public void editChosen() {
        Row r = requireSelected();
        if (r != null) {
            editing = r.customer();
            name.set(r.customer().name());
            phone.set(r.customer().phone().orElse(""));
            limit.set(MoneyFormat.format(r.customer().creditLimit()).replace("$", "").replace(",", ""));
        }
    }

    /** Clears the form to create a new customer. */
    public void newCustomer() {
        editing = null;
        selected.set(null);
        name.set("");
        phone.set("");
        limit.set("0");
    }

    /** Saves the form: edits the customer taken into it with F3, otherwise creates a new one. */
    public void save() {
        Money newLimit;
        try {
            newLimit = limit.get().isBlank() ? Money.ZERO : MoneyFormat.parse(limit.get());
        } catch (RuntimeException e) {
            fail(texts.error(e));
            return;
        }
        Customer r = editing;
        Optional<String> why = Optional.of(reason.get()).filter(t -> !t.isBlank());
        String typedName = name.get();
        Optional<String> typedPhone = Optional.ofNullable(phone.get()).filter(p -> !p.isBlank());
        Optional<UUID> by = Optional.of(operator.userId());
        tasks.execute(() -> {
            Optional<String> note = r == null ? Optional.empty() : r.note();
            CustomerDraft draft = new CustomerDraft(typedName, typedPhone, newLimit, note);
            return r == null ? customers.create(draft, by) : customers.edit(r.id(), draft, why, by);
        }, saved -> {
            editing = saved;
            reason.set("");
            if (!filter.get().isEmpty()) {
                filter.set("");
            }
            load(Optional.of(saved.id()));
            ok(texts.get("customers.saved", saved.name()));
        }, failure -> fail(texts.error(failure)));
    }

    /** Takes a payment from the chosen customer and prints its receipt. */
    public void pay() {
        Row r = requireSelected();
        if (r == null) {
            return;
        }
        Money paid;
        try {
            paid = MoneyFormat.parse(amount.get());
        } catch (RuntimeException e) {
            fail(texts.error(e));
            return;
        }
        PaymentTender how = tender.get();
        UUID id = r.customer().id();
        tasks.execute(() -> {
            Money before = ledger.balance(id);
            FiadoEntry entry = payments.receive(id, paid, how, Optional.empty(), operator.userId());
            PaymentTicket ticket = new PaymentTicket(r.customer().name(), paid, how, before, ledger.balance(id),
                    folio(entry), entry.createdAt(), operator.displayName());
            tickets.ifPresent(t -> t.printPayment(ticket));
            return ticket;
        }, ticket -> {
            amount.set("");
            load();
            ok(texts.get(tickets.isPresent() ? "customers.paid" : "customers.paid-no-printer", ticket.customer(),
                    texts.money(ticket.amount()), texts.money(ticket.after())));
        }, failure -> fail(texts.error(failure)));
    }

    /** The text of a payment tender. */
    public String tenderText(PaymentTender value) {
        return texts.get("customers.tender." + value.name().toLowerCase(Locale.ROOT));
    }

    private static String folio(FiadoEntry entry) {
        String id = entry.id().toString().replace("-", "");
        return "AB-" + id.substring(id.length() - 8).toUpperCase(Locale.ROOT);
    }

    /** Shows the chosen customer's statement for the typed period again. */
    public void showPeriod() {
        Row r = requireSelected();
        if (r != null) {
            card.show(r.customer(), this::fail);
        }
    }

    /** Prints the chosen customer's statement for the typed period on the ticket printer. */
    public void printStatement() {
        Row r = requireSelected();
        if (r != null) {
            card.print(r.customer(), this::ok, this::fail);
        }
    }

    /**
     * Deactivates the chosen customer (the reason is required) or reactivates them when they are inactive.
     * A deactivated customer keeps their balance and statement under "inactivos" and may still pay.
     */
    public void toggleActive() {
        Row r = requireSelected();
        if (r == null) {
            return;
        }
        Customer c = r.customer();
        String why = reason.get();
        Optional<UUID> by = Optional.of(operator.userId());
        tasks.execute(() -> c.active() ? customers.deactivate(c.id(), why, by) : customers.reactivate(c.id(), why, by),
                saved -> {
                    reason.set("");
                    load(Optional.of(saved.id()));
                    ok(texts.get(saved.active() ? "customers.reactivated" : "customers.deactivated", saved.name()));
                }, failure -> fail(texts.error(failure)));
    }

    private static boolean matches(Customer c, String words) {
        if (words.isEmpty()) {
            return true;
        }
        String digits = words.replaceAll("[^0-9]", "");
        String nameText = c.name().toLowerCase(Locale.ROOT);
        return nameText.contains(words)
                || (!digits.isEmpty() && c.phone().map(p -> p.replaceAll("[^0-9]", "").contains(digits)).orElse(false));
    }

    private static Row row(CustomerBalance b, AgingRow aging) {
        return aging == null ? new Row(b.customer(), b.balance(), Money.ZERO, Money.ZERO, Money.ZERO)
                : new Row(b.customer(), b.balance(), aging.upTo30Days(), aging.days31To60(), aging.over60Days());
    }

    private Row requireSelected() {
        if (selected.get() == null) {
            fail(texts.get("customers.error.select"));
        }
        return selected.get();
    }

    private void ok(String text) {
        message.set(text);
        error.set(false);
    }

    private void fail(String text) {
        message.set(text);
        error.set(true);
    }
}
