package mx.michangarrito.pos.ui.customers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerHistory;
import mx.michangarrito.pos.fiado.CustomerService;
import mx.michangarrito.pos.fiado.FiadoEntry;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.fiado.FiadoStatement;
import mx.michangarrito.pos.fiado.StatementLine;
import mx.michangarrito.pos.receipt.StatementTicket;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.ui.PeriodFilter;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;

/**
 * The chosen customer's card in the customers section: the statement of a period (this month at first:
 * opening balance, each entry, charges, payments and closing balance), printable on the ticket printer,
 * and the history of credit limits and deactivations with who, when and why.
 */
final class CustomerCard {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final CustomerService customers;
    private final FiadoLedger ledger;
    private final Optional<TicketService> tickets;
    private final Operator operator;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final Clock clock;
    private final PeriodFilter period;
    private final ObservableList<String> statement = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();

    CustomerCard(CustomerService customers, FiadoLedger ledger, Optional<TicketService> tickets, Operator operator,
            Texts texts, TaskExecutor tasks, ZoneId zone, Clock clock) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        this.period = new PeriodFilter(today.withDayOfMonth(1), today, "customers.error.date", "customers.error.range");
    }

    PeriodFilter period() {
        return period;
    }

    ObservableList<String> statement() {
        return statement;
    }

    ObservableList<String> history() {
        return history;
    }

    /** Shows {@code customer}'s statement for the typed period and their history; clears both for null. */
    void show(Customer customer, Consumer<String> fail) {
        if (customer == null) {
            statement.clear();
            history.clear();
            return;
        }
        Optional<PeriodFilter.Days> days = period.days(texts, fail);
        if (days.isEmpty()) {
            return;
        }
        tasks.execute(() -> new Loaded(ledger.statement(customer.id(), days.get().from(), days.get().to()),
                customers.history(customer.id())), loaded -> {
                    statement.setAll(statementLines(loaded.statement()));
                    history.setAll(loaded.history().stream().map(this::historyLine).toList());
                }, failure -> fail.accept(texts.error(failure)));
    }

    /** Queues the statement of the typed period on the ticket printer. */
    void print(Customer customer, Consumer<String> ok, Consumer<String> fail) {
        if (tickets.isEmpty()) {
            fail.accept(texts.get("customers.error.no-printer"));
            return;
        }
        Optional<PeriodFilter.Days> days = period.days(texts, fail);
        if (days.isEmpty()) {
            return;
        }
        tasks.execute(() -> {
            FiadoStatement s = ledger.statement(customer.id(), days.get().from(), days.get().to());
            tickets.get().printStatement(new StatementTicket(s, clock.instant(), operator.displayName()));
            return s;
        }, s -> ok.accept(texts.get("customers.statement.printed", s.customer().name())),
                failure -> fail.accept(texts.error(failure)));
    }

    private List<String> statementLines(FiadoStatement s) {
        List<String> lines = new ArrayList<>();
        String period = texts.get("customers.statement.period", PeriodFilter.DATE.format(s.from()),
                PeriodFilter.DATE.format(s.to()), texts.money(s.opening()), texts.money(s.charges()),
                texts.money(s.payments().plus(s.credits())), texts.money(s.closing()));
        lines.add(texts.get("customers.statement.head", s.customer().name(), texts.money(s.customer().creditLimit()),
                period));
        for (StatementLine l : s.lines()) {
            FiadoEntry e = l.entry();
            lines.add(texts.get("customers.statement.line", WHEN.format(e.createdAt().atZone(zone)),
                    texts.get("customers.kind." + e.kind().name().toLowerCase(Locale.ROOT)),
                    texts.money(e.signedAmount()), texts.money(l.balanceAfter())));
        }
        if (s.lines().isEmpty()) {
            lines.add(texts.get("customers.statement.empty"));
        }
        return lines;
    }

    private String historyLine(CustomerHistory h) {
        String what = h.isLimitChange()
                ? h.oldLimit().map(old -> texts.get("customers.history.limit", texts.money(old),
                        texts.money(h.newLimit().orElseThrow())))
                        .orElseGet(() -> texts.get("customers.history.first-limit", texts.money(h.newLimit().orElseThrow())))
                : texts.get(h.active().orElseThrow() ? "customers.history.reactivated" : "customers.history.deactivated");
        return texts.get("customers.history.line", WHEN.format(h.at().atZone(zone)), what,
                h.by().orElse("—"), h.reason().orElse(""));
    }

    private record Loaded(FiadoStatement statement, List<CustomerHistory> history) {
    }
}
