package mx.michangarrito.pos.ui.tickets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.sale.ReturnService;
import mx.michangarrito.pos.sale.SaleHistory;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.sale.VoidService;
import mx.michangarrito.pos.ui.PeriodFilter;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.StaffMember;
import mx.michangarrito.pos.user.UserService;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;

/**
 * The tickets section: sales found by period (today at first), folio and amount; the chosen sale's
 * detail; reprint it (marked as a reprint), void it with a manager's PIN, or take goods back. The
 * services do the checks and the stock, cash and fiado effects.
 */
public final class TicketsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final SaleHistory history;
    private final VoidService voids;
    private final ReturnService returns;
    private final UserService users;
    private final Optional<TicketService> tickets;
    private final Operator operator;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final ObservableList<SaleHistory.Summary> found = FXCollections.observableArrayList();
    private final ObjectProperty<SaleHistory.Summary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SaleHistory.Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> detailText = FXCollections.observableArrayList();
    private final PeriodFilter period;
    private final StringProperty folio = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    public TicketsViewModel(SaleHistory history, VoidService voids, ReturnService returns, UserService users,
            Optional<TicketService> tickets, Operator operator, Texts texts, TaskExecutor tasks, ZoneId zone,
            Clock clock) {
        this.history = Objects.requireNonNull(history, "history");
        this.voids = Objects.requireNonNull(voids, "voids");
        this.returns = Objects.requireNonNull(returns, "returns");
        this.users = Objects.requireNonNull(users, "users");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        period = new PeriodFilter(today, today, "tickets.error.date", "tickets.error.range");
        selected.addListener((obs, was, now) -> showDetail(now));
    }

    public ObservableList<SaleHistory.Summary> found() {
        return found;
    }

    public ObjectProperty<SaleHistory.Summary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<SaleHistory.Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The chosen sale as lines of text: lines, tenders, marks. */
    public ObservableList<String> detailText() {
        return detailText;
    }

    public StringProperty fromProperty() {
        return period.fromProperty();
    }

    public StringProperty toProperty() {
        return period.toProperty();
    }

    public StringProperty folioProperty() {
        return folio;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A row of the list: folio, time in the shop's zone, total and marks. */
    public String rowText(SaleHistory.Summary s) {
        String marks = (s.voided() ? "  " + texts.get("tickets.mark.voided") : "")
                + (s.returned() ? "  " + texts.get("tickets.mark.returned") : "");
        return s.folio() + " · " + TIME.format(s.completedAt().atZone(zone)) + " · " + texts.money(s.total()) + marks;
    }

    /** Finds the sales of the typed period, folio and amount. */
    public void search() {
        Optional<PeriodFilter.Days> days = period.days(texts, this::fail);
        if (days.isEmpty()) {
            return;
        }
        Optional<Money> total;
        try {
            total = amount.get().isBlank() ? Optional.empty() : Optional.of(MoneyFormat.parse(amount.get()));
        } catch (RuntimeException e) {
            fail(texts.error(e));
            return;
        }
        String folioText = folio.get();
        tasks.execute(() -> history.search(days.get().start(zone), days.get().end(zone), folioText, total), list -> {
                    found.setAll(list);
                    selected.set(list.isEmpty() ? null : list.getFirst());
                    ok(list.isEmpty() ? texts.get("tickets.none")
                            : list.size() >= SaleHistory.LIMIT ? texts.get("tickets.too-many", SaleHistory.LIMIT)
                            : texts.get("tickets.found", list.size()));
                }, failure -> fail(texts.error(failure)));
    }

    /** Queues the chosen sale's ticket again, marked as a reprint. */
    public void reprint() {
        SaleHistory.Detail d = requireDetail();
        if (d == null) {
            return;
        }
        if (tickets.isEmpty()) {
            fail(texts.get("tickets.error.no-printer"));
            return;
        }
        String cashier = users.listActive().stream().filter(u -> u.id().equals(d.cashierId()))
                .map(StaffMember::displayName).findFirst().orElse("");
        run(() -> tickets.get().reprint(d.sale(), cashier), t -> texts.get("tickets.reprinted", d.sale().folio()));
    }

    /** Who may approve a void. */
    public List<StaffMember> approvers() {
        return users.listApprovers();
    }

    /** True when a sale is chosen that may still be voided; otherwise says why not. */
    public boolean canVoid() {
        SaleHistory.Detail d = requireDetail();
        if (d == null) {
            return false;
        }
        if (d.voided()) {
            fail(texts.get("tickets.error.already-voided", d.sale().folio()));
            return false;
        }
        return true;
    }

    /** Voids the chosen sale with a manager's PIN; {@code done} runs once it is voided. */
    public void voidSale(UUID managerId, String pin, String reason, Runnable done) {
        SaleHistory.Detail d = requireDetail();
        if (d == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            fail(texts.get("tickets.error.reason"));
            return;
        }
        if (managerId == null) {
            fail(texts.get("tickets.error.manager"));
            return;
        }
        run(() -> voids.voidSale(d.sale().saleId(), reason, operator.userId(), managerId, pin), v -> {
            done.run();
            return texts.get("tickets.voided", d.sale().folio());
        });
    }

    /** True when a sale is chosen that has something left to take back; otherwise says why not. */
    public boolean canReturn() {
        SaleHistory.Detail d = requireDetail();
        if (d == null) {
            return false;
        }
        if (d.voided() || d.lines().stream().allMatch(l -> l.returnable().signum() <= 0)) {
            fail(texts.get("tickets.error.nothing-to-return", d.sale().folio()));
            return false;
        }
        return true;
    }

    /** How a return can be refunded: the tenders of the sale (fiado only when it had a customer). */
    public List<TenderKind> refundTenders() {
        SaleHistory.Detail d = detail.get();
        List<TenderKind> kinds = new ArrayList<>(List.of(TenderKind.CASH));
        if (d != null) {
            d.sale().tenders().stream().map(Tender::kind).distinct().filter(k -> !kinds.contains(k)).forEach(kinds::add);
        }
        return kinds;
    }

    /** Takes back {@code quantities} (sale line id → quantity) of the chosen sale, refunded by {@code refund}. */
    public void returnItems(Map<UUID, BigDecimal> quantities, TenderKind refund, String reason, Runnable done) {
        SaleHistory.Detail d = requireDetail();
        if (d == null) {
            return;
        }
        if (quantities.isEmpty()) {
            fail(texts.get("tickets.error.return-empty"));
            return;
        }
        run(() -> returns.returnItems(d.sale().saleId(), quantities, refund, operator.userId(), reason), r -> {
            done.run();
            return texts.get("tickets.returned", d.sale().folio(), texts.money(r.total()),
                    texts.get("tickets.tender." + refund.name().toLowerCase(java.util.Locale.ROOT)));
        });
    }

    private void showDetail(SaleHistory.Summary summary) {
        if (summary == null) {
            detail.set(null);
            detailText.clear();
            return;
        }
        tasks.execute(() -> history.detail(summary.saleId()), d -> {
            detail.set(d.orElse(null));
            detailText.setAll(d.map(this::describe).orElse(List.of()));
        }, failure -> fail(texts.error(failure)));
    }

    private List<String> describe(SaleHistory.Detail d) {
        List<String> out = new ArrayList<>();
        out.add(texts.get("tickets.detail.head", d.sale().folio(), TIME.format(d.sale().completedAt().atZone(zone)),
                texts.money(d.sale().totals().total())));
        if (d.voided()) {
            out.add(texts.get("tickets.detail.voided"));
        }
        for (SaleHistory.DetailLine l : d.lines()) {
            String back = l.returned().signum() > 0
                    ? "  " + texts.get("tickets.detail.returned", l.returned().stripTrailingZeros().toPlainString()) : "";
            out.add(l.quantity().stripTrailingZeros().toPlainString() + " × " + l.description() + " · "
                    + texts.money(l.amount()) + back);
        }
        for (Tender t : d.sale().tenders()) {
            out.add(texts.get("tickets.tender." + t.kind().name().toLowerCase(java.util.Locale.ROOT)) + " · "
                    + texts.money(t.amount()) + t.reference().map(r -> " (" + r + ")").orElse(""));
        }
        if (d.sale().change().isPositive()) {
            out.add(texts.get("tickets.detail.change", texts.money(d.sale().change())));
        }
        return out;
    }

    private SaleHistory.Detail requireDetail() {
        if (detail.get() == null) {
            fail(texts.get("tickets.error.select"));
        }
        return detail.get();
    }

    private <T> void run(Callable<T> work, java.util.function.Function<T, String> done) {
        SaleHistory.Summary was = selected.get();
        tasks.execute(work, result -> {
            String text = done.apply(result);
            refresh(was);
            ok(text);
        }, failure -> fail(texts.error(failure)));
    }

    private void refresh(SaleHistory.Summary was) {
        if (was == null) {
            return;
        }
        Consumer<List<SaleHistory.Summary>> update = list -> {
            List<SaleHistory.Summary> now = new ArrayList<>(found);
            list.forEach(fresh -> now.replaceAll(s -> s.saleId().equals(fresh.saleId()) ? fresh : s));
            found.setAll(now);
            now.stream().filter(s -> s.saleId().equals(was.saleId())).findFirst().ifPresent(s -> {
                selected.set(null);
                selected.set(s);
            });
        };
        tasks.execute(() -> history.search(was.completedAt(), was.completedAt().plusMillis(1), was.folio(),
                Optional.empty()), update, failure -> fail(texts.error(failure)));
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
