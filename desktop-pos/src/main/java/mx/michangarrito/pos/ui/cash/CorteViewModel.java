package mx.michangarrito.pos.ui.cash;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.cash.Denomination;
import mx.michangarrito.pos.cash.Shift;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.corte.CashCount;
import mx.michangarrito.pos.corte.CorteReport;
import mx.michangarrito.pos.corte.CorteService;
import mx.michangarrito.pos.receipt.CorteTicket;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;

/**
 * The corte de caja: count the drawer by denomination, type the card and transfer totals from the
 * vouchers and the bank, see expected vs counted with faltante or sobrante, and close the shift, which
 * prints the Z report on the ticket printer (F5 prints it again).
 */
public final class CorteViewModel {

    private final CorteService corte;
    private final ShiftService shifts;
    private final Operator cashier;
    private final Texts texts;
    private final Optional<TicketService> tickets;
    private final ObservableList<DenominationRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final StringProperty cardCounted = new SimpleStringProperty("");
    private final StringProperty transferCounted = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper expectedCash = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countedCash = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cashDifference = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cashShort = new ReadOnlyBooleanWrapper(false);
    private CorteReport report;

    /** A corte without a ticket printer: closing says the Z report was not printed. */
    public CorteViewModel(CorteService corte, ShiftService shifts, Operator cashier, Texts texts) {
        this(corte, shifts, cashier, texts, Optional.empty());
    }

    /** @param tickets the ticket printing, absent when no printer is configured */
    public CorteViewModel(CorteService corte, ShiftService shifts, Operator cashier, Texts texts,
            Optional<TicketService> tickets) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.corte = Objects.requireNonNull(corte, "corte");
        this.shifts = Objects.requireNonNull(shifts, "shifts");
        this.cashier = Objects.requireNonNull(cashier, "cashier");
        this.texts = Objects.requireNonNull(texts, "texts");
        for (Denomination d : Denomination.values()) {
            DenominationRow row = new DenominationRow(d, label(d));
            row.countProperty().addListener((obs, was, now) -> recount());
            rows.add(row);
        }
    }

    private String label(Denomination d) {
        String kind = switch (d.name().charAt(0)) {
            case 'B' -> "corte.bill";
            case 'P' -> "corte.bill-or-coin";
            default -> "corte.coin";
        };
        return texts.get(kind, texts.money(d.value()));
    }

    /** Reads the open shift's expected figures; false (with a message) when no shift is open. */
    public boolean load() {
        try {
            Optional<Shift> shift = shifts.current();
            if (shift.isEmpty()) {
                message.set(texts.get("corte.no-shift"));
                return false;
            }
            report = corte.report(shift.get().id());
            cardCounted.set(MoneyFormat.format(expected(TenderKind.CARD)));
            transferCounted.set(MoneyFormat.format(expected(TenderKind.TRANSFER)));
            expectedCash.set(texts.money(expected(TenderKind.CASH)));
            fillSummary();
            recount();
            return true;
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return false;
        }
    }

    private Money expected(TenderKind kind) {
        return report.tenders().get(kind).expected();
    }

    private void fillSummary() {
        summary.setAll(List.of(
                texts.get("corte.line.float", texts.money(report.openingFloat())),
                texts.get("corte.line.sales", report.tickets(), texts.money(report.salesTotal())),
                texts.get("corte.line.by-tender", texts.money(report.salesByTender().getOrDefault(TenderKind.CASH, Money.ZERO)),
                        texts.money(report.salesByTender().getOrDefault(TenderKind.CARD, Money.ZERO)),
                        texts.money(report.salesByTender().getOrDefault(TenderKind.TRANSFER, Money.ZERO)),
                        texts.money(report.salesByTender().getOrDefault(TenderKind.FIADO, Money.ZERO))),
                texts.get("corte.line.cash-moves", texts.money(report.cashIn()), texts.money(report.cashOut())),
                texts.get("corte.line.voids", report.voids(), texts.money(report.voidsTotal()), report.returns(),
                        texts.money(report.returnsTotal()))));
    }

    public ObservableList<DenominationRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObservableList<String> summary() {
        return FXCollections.unmodifiableObservableList(summary);
    }

    public StringProperty cardCountedProperty() {
        return cardCounted;
    }

    public StringProperty transferCountedProperty() {
        return transferCounted;
    }

    public ReadOnlyStringProperty expectedCashProperty() {
        return expectedCash.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countedCashProperty() {
        return countedCash.getReadOnlyProperty();
    }

    /** "Faltan $20.00", "Sobran $5.00" or "Cuadra". */
    public ReadOnlyStringProperty cashDifferenceProperty() {
        return cashDifference.getReadOnlyProperty();
    }

    /** True while the counted cash is below the expected (shown in red). */
    public ReadOnlyBooleanProperty cashShortProperty() {
        return cashShort.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    private void recount() {
        Money total = Money.ZERO;
        boolean readable = true;
        for (DenominationRow row : rows) {
            int pieces = row.pieces();
            if (pieces < 0) {
                readable = false;
                row.setSubtotal("?");
            } else {
                Money sub = row.denomination().value().times(pieces);
                row.setSubtotal(pieces == 0 ? "" : texts.money(sub));
                total = total.plus(sub);
            }
        }
        countedCash.set(texts.money(total));
        if (report != null && !closed.get()) {
            Money diff = total.minus(expected(TenderKind.CASH));
            cashDifference.set(readable ? difference(diff) : "");
            cashShort.set(readable && diff.isNegative());
        }
    }

    private String difference(Money diff) {
        if (diff.isZero()) {
            return texts.get("corte.even");
        }
        return diff.isNegative() ? texts.get("corte.short", texts.money(diff.negate()))
                : texts.get("corte.over", texts.money(diff));
    }

    /** Closes the shift with the counts as typed; a count that cannot be read is explained instead. */
    public boolean close() {
        if (report == null || closed.get()) {
            return false;
        }
        Map<Denomination, Integer> pieces = new EnumMap<>(Denomination.class);
        for (DenominationRow row : rows) {
            if (row.pieces() < 0) {
                message.set(texts.get("corte.error.count", row.label(), row.countProperty().get()));
                return false;
            }
            pieces.put(row.denomination(), row.pieces());
        }
        try {
            Map<TenderKind, Money> other = new EnumMap<>(TenderKind.class);
            other.put(TenderKind.CARD, MoneyFormat.parse(cardCounted.get()));
            other.put(TenderKind.TRANSFER, MoneyFormat.parse(transferCounted.get()));
            CorteReport done = corte.close(cashier.userId(), new CashCount(pieces), other);
            report = done;
            closed.set(true);
            StringBuilder text = new StringBuilder(texts.get("corte.closed"));
            for (TenderKind kind : List.of(TenderKind.CASH, TenderKind.CARD, TenderKind.TRANSFER)) {
                Money diff = done.tenders().get(kind).difference().orElse(Money.ZERO);
                text.append(' ').append(texts.get("corte.closed.tender",
                        texts.get("payment.kind." + kind.name().toLowerCase(java.util.Locale.ROOT)), difference(diff)));
            }
            message.set(text.append(' ').append(printedZ()).toString());
            return true;
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return false;
        }
    }

    /** F5: prints the Z report of the shift just closed again; before closing it says F12 closes and prints. */
    public void printZ() {
        message.set(closed.get() ? printedZ() : texts.get("corte.z-not-yet"));
    }

    private String printedZ() {
        if (tickets.isEmpty()) {
            return texts.get("corte.z-no-printer");
        }
        try {
            tickets.get().printCorte(new CorteTicket(report, cashier.displayName()));
            return texts.get("corte.z-printed");
        } catch (RuntimeException e) {
            return texts.error(e);
        }
    }
}
