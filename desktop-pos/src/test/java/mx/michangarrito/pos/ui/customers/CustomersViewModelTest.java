package mx.michangarrito.pos.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestPrinter;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customers section's view model, without a stage, on a real terminal and a virtual printer. */
class CustomersViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private VirtualPrinter paper;
    private TestPrinter printer;
    private Product coke;
    private Customer dona;

    @BeforeEach
    void open() throws IOException {
        terminal = new TestTerminal(dir);
        TestTerminal.Counter counter = terminal.counter("customers-vm");
        coke = counter.coke();
        printer = counter.printer();
        paper = printer.paper;
        dona = terminal.customers.create(new CustomerDraft("Doña Mari", Optional.of("55 1234 5678"),
                Money.ofPesos(500), Optional.empty()), Optional.of(terminal.managerId));
        terminal.customers.create(CustomerDraft.of("Don Pepe", Money.ofPesos(100)), Optional.of(terminal.managerId));
        Cart cart = new Cart();
        cart.addUnits(coke, BigDecimal.valueOf(5));
        terminal.sales.complete(cart, List.of(Tender.fiado(Money.ofPesos(100), dona.id())), terminal.cashierId);
    }

    @AfterEach
    void close() {
        terminal.close();
    }

    private CustomersViewModel model(Role role, boolean withPrinter) {
        Operator who = role == Role.CASHIER ? terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN)
                : terminal.users.login(terminal.managerId, TestTerminal.MANAGER_PIN);
        Optional<TicketService> tickets = withPrinter ? Optional.of(printer.tickets(terminal))
                : Optional.empty();
        CustomersViewModel model = new CustomersViewModel(terminal.customers, terminal.fiado, terminal.payments,
                tickets, who, Texts.spanish(), new InlineTaskExecutor(), terminal.services().shopZone(), terminal.clock);
        model.load();
        return model;
    }

    private CustomersViewModel.Row row(CustomersViewModel model, String name) {
        return model.rows().stream().filter(r -> r.customer().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsBalancesWithTheirAgeAndFiltersByNamePhoneAndBalance() {
        CustomersViewModel model = model(Role.CASHIER, true);
        assertEquals(2, model.rows().size());
        CustomersViewModel.Row mari = row(model, "Doña Mari");
        assertEquals(Money.ofPesos(100), mari.balance());
        assertEquals(Money.ofPesos(100), mari.upTo30Days());
        assertTrue(model.rowText(mari).contains("debe $100.00"), model.rowText(mari));

        model.onlyOwingProperty().set(true);
        assertEquals(List.of("Doña Mari"), model.rows().stream().map(r -> r.customer().name()).toList());
        model.onlyOwingProperty().set(false);
        model.filterProperty().set("5678");
        assertEquals(List.of("Doña Mari"), model.rows().stream().map(r -> r.customer().name()).toList());
        model.filterProperty().set("pepe");
        assertEquals(List.of("Don Pepe"), model.rows().stream().map(r -> r.customer().name()).toList());
    }

    @Test
    void aPaymentLowersTheBalanceShowsInTheStatementAndPrintsAReceipt() throws InterruptedException {
        CustomersViewModel model = model(Role.CASHIER, true);
        model.selectedProperty().set(row(model, "Doña Mari"));
        assertTrue(model.statement().get(1).contains("Fiado · $100.00 · saldo $100.00"), model.statement().toString());

        model.amountProperty().set("150");
        model.pay();
        assertTrue(model.errorProperty().get(), "more than owed");
        model.amountProperty().set("40");
        model.tenderProperty().set(PaymentTender.CASH);
        model.pay();
        assertEquals("Abono de Doña Mari por $40.00 registrado; su saldo nuevo es $60.00. Se mandó a imprimir el comprobante.",
                model.messageProperty().get());
        assertEquals(Money.ofPesos(60), row(model, "Doña Mari").balance());
        assertTrue(model.statement().getLast().contains("Abono · -$40.00 · saldo $60.00"), model.statement().toString());
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        String receipt = paper.receipts().getFirst().text();
        assertTrue(receipt.contains("ABONO A CUENTA DE FIADO") && receipt.contains("Doña Mari")
                && receipt.contains("$100.00") && receipt.contains("$60.00"), receipt);

        CustomersViewModel none = model(Role.CASHIER, false);
        none.selectedProperty().set(row(none, "Doña Mari"));
        none.amountProperty().set("10");
        none.pay();
        assertTrue(none.messageProperty().get().contains("No hay impresora configurada"));
        assertEquals(Money.ofPesos(50), terminal.fiado.balance(dona.id()));
    }

    @Test
    void aCashierCreatesCustomersButOnlyAManagerChangesALimit() {
        CustomersViewModel cashier = model(Role.CASHIER, true);
        cashier.newCustomer();
        cashier.nameProperty().set("Lalo");
        cashier.phoneProperty().set("12");
        cashier.save();
        assertTrue(cashier.messageProperty().get().startsWith("«12» no es un teléfono válido"));
        cashier.phoneProperty().set("55 8765 4321");
        cashier.limitProperty().set("300");
        cashier.save();
        assertEquals("Solo un encargado o el dueño puede cambiar el límite de crédito. Pídele que entre con su usuario.",
                cashier.messageProperty().get());
        cashier.limitProperty().set("0");
        cashier.save();
        assertEquals("«Lalo» guardado.", cashier.messageProperty().get());
        assertEquals("Lalo", cashier.selectedProperty().get().customer().name());
        assertFalse(cashier.canChangeLimits());
        cashier.newCustomer();
        cashier.selectedProperty().set(row(cashier, "Don Pepe")); // chosen, but not taken into the form with F3
        cashier.nameProperty().set("Memo");
        cashier.phoneProperty().set("");
        cashier.save();
        assertEquals("«Memo» guardado.", cashier.messageProperty().get());
        assertEquals(4, cashier.rows().size(), "a new customer; Don Pepe is left as he was");

        CustomersViewModel manager = model(Role.MANAGER, true);
        manager.selectedProperty().set(row(manager, "Lalo"));
        manager.editChosen();
        assertEquals("0.00", manager.limitProperty().get());
        manager.limitProperty().set("250");
        manager.save();
        assertEquals(Money.ofPesos(250), row(manager, "Lalo").customer().creditLimit());
        assertEquals(2, terminal.customers.limitHistory(row(manager, "Lalo").customer().id()).size());
    }

    @Test
    void theCardShowsAPeriodsStatementAndTheHistoryAndDeactivationKeepsTheBalance() {
        CustomersViewModel manager = model(Role.MANAGER, true);
        manager.selectedProperty().set(row(manager, "Don Pepe"));
        manager.editChosen();
        manager.limitProperty().set("150");
        manager.reasonProperty().set("pidió más");
        manager.save();
        assertTrue(manager.history().getLast().contains("límite $100.00 → $150.00 · Beto · pidió más"),
                manager.history().toString());

        CustomersViewModel cashier = model(Role.CASHIER, true);
        cashier.selectedProperty().set(row(cashier, "Doña Mari"));
        cashier.fromProperty().set("24/11/2026");
        cashier.toProperty().set("23/11/2026");
        cashier.showPeriod();
        assertEquals("La fecha final del estado de cuenta es anterior a la inicial. Corrige las fechas y pulsa Enter.",
                cashier.messageProperty().get());
        cashier.fromProperty().set("01/11/2026");
        cashier.showPeriod();
        assertTrue(cashier.statement().getFirst().contains("saldo inicial $0.00 · cargos $100.00"),
                cashier.statement().toString());

        cashier.toggleActive();
        assertEquals("Escribe el motivo para dar de baja al cliente y vuelve a intentarlo.", cashier.messageProperty().get());
        cashier.reasonProperty().set("ya no viene");
        cashier.toggleActive();
        assertTrue(cashier.messageProperty().get().startsWith("«Doña Mari» dado de baja"), cashier.messageProperty().get());
        assertEquals(List.of("Don Pepe"), cashier.rows().stream().map(r -> r.customer().name()).toList());
        cashier.onlyInactiveProperty().set(true);
        assertEquals(Money.ofPesos(100), row(cashier, "Doña Mari").balance());
        cashier.selectedProperty().set(row(cashier, "Doña Mari"));
        cashier.amountProperty().set("30");
        cashier.pay();
        assertEquals(Money.ofPesos(70), row(cashier, "Doña Mari").balance(), "a deactivated customer still pays");
        assertTrue(cashier.history().getLast().contains("dado de baja · Caro · ya no viene"), cashier.history().toString());
        cashier.toggleActive();
        assertTrue(cashier.messageProperty().get().startsWith("«Doña Mari» reactivado"));
    }
}
