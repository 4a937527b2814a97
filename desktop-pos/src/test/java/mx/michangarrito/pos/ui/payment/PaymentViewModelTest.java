package mx.michangarrito.pos.ui.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paying a $87.50 cart with every tender, on a real terminal, without the JavaFX toolkit. */
class PaymentViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private final List<CompletedSale> completed = new ArrayList<>();
    private PaymentViewModel payment;

    @BeforeEach
    void setUp() {
        terminal = new TestTerminal(dir);
        Cart cart = new Cart();
        terminal.product("Queso", "7501055300846", 8_750, TaxRates.IVA_0);
        cart.add(terminal.catalog.scan("7501055300846"));
        payment = new PaymentViewModel(cart, terminal.sales, terminal.customers, terminal.users, terminal.cashierId,
                Texts.spanish(), new InlineTaskExecutor(), completed::add);
    }

    @AfterEach
    void tearDown() {
        terminal.close();
    }

    private void openShift() {
        terminal.shifts.open(terminal.cashierId, Money.ofPesos(500));
    }

    @Test
    void aQuickCashBillCompletesTheSaleAndShowsTheChange() {
        openShift();
        assertEquals("$87.50", payment.total());
        payment.quickCash(100);
        assertEquals(1, completed.size());
        assertEquals("$12.50", payment.changeProperty().get());
        assertEquals("$0.00", payment.remainingProperty().get());
        assertTrue(payment.messageProperty().get().startsWith("Venta CAJA1-1 guardada"));
        assertEquals(1, terminal.count("Sale"));
    }

    @Test
    void splitPaymentCardThenCash() {
        openShift();
        payment.amountProperty().set("50");
        payment.card("");
        assertEquals("Escribe el número de autorización del voucher de la tarjeta.", payment.messageProperty().get());
        payment.card("A12345");
        assertEquals("$37.50", payment.remainingProperty().get());
        assertEquals(List.of("Tarjeta (A12345)  $50.00"), payment.tenderRows());
        assertTrue(completed.isEmpty());
        payment.quickCash(50);
        assertEquals("$12.50", payment.changeProperty().get());
        assertEquals(2, completed.getFirst().tenders().size());
    }

    @Test
    void nonCashAboveWhatIsDueIsRefused() {
        openShift();
        payment.amountProperty().set("100");
        payment.transfer("SPEI-1");
        assertEquals("Con tarjeta, transferencia o fiado se cobra como máximo lo que falta: $87.50.",
                payment.messageProperty().get());
        assertTrue(payment.tenderRows().isEmpty());
    }

    @Test
    void aTypedAmountThatIsNotMoneyIsAMessage() {
        openShift();
        payment.amountProperty().set("1 00");
        payment.cash();
        assertTrue(payment.messageProperty().get().contains("tiene espacios"), payment.messageProperty().get());
        assertTrue(completed.isEmpty());
    }

    @Test
    void emptyAmountWithCashPaysExactly() {
        openShift();
        payment.cash();
        assertEquals("$0.00", payment.changeProperty().get());
        assertEquals(1, completed.size());
    }

    @Test
    void fiadoNeedsACustomerAndChargesTheirAccount() {
        openShift();
        var lupe = terminal.customers.create(new CustomerDraft("Lupe Ramírez", Optional.empty(),
                Money.ofPesos(1_000), Optional.empty()), Optional.empty());
        payment.fiado(null);
        assertEquals("Elige al cliente de la lista para anotarlo en su cuenta.", payment.messageProperty().get());
        payment.searchCustomers("");
        assertEquals(List.of("Lupe Ramírez"), payment.customerResults().stream().map(c -> c.name()).toList());
        payment.searchCustomers("ramirez");
        assertEquals(1, payment.customerResults().size());
        payment.fiado(payment.customerResults().getFirst().id());
        assertEquals(1, completed.size());
        assertEquals(Money.ofCentavos(8_750), terminal.fiado.balance(lupe.id()));
    }

    @Test
    void fiadoAboveTheLimitWaitsForAManagersPin() {
        openShift();
        var chucho = terminal.customers.create(new CustomerDraft("Don Chucho", Optional.empty(), Money.ofPesos(50),
                Optional.empty()), Optional.empty());
        payment.fiado(chucho.id());
        assertTrue(completed.isEmpty());
        assertTrue(payment.needsManagerProperty().get());
        assertTrue(payment.messageProperty().get().startsWith("A Don Chucho solo le quedan $50.00 de crédito"),
                payment.messageProperty().get());
        payment.quickCash(100);
        assertTrue(completed.isEmpty(), "no other tender while the fiado waits for its approval");
        assertEquals(List.of("Beto", "Lupita"), payment.approvers().stream().map(a -> a.displayName()).toList());

        payment.approveFiado(terminal.managerId, "0000");
        assertTrue(payment.messageProperty().get().startsWith("PIN incorrecto"));
        assertTrue(completed.isEmpty());
        payment.approveFiado(terminal.managerId, TestTerminal.MANAGER_PIN);
        assertEquals(1, completed.size());
        assertEquals(Money.ofCentavos(8_750), terminal.fiado.balance(chucho.id()));
    }

    @Test
    void aRefusedFiadoCanBeDroppedAndPaidInCash() {
        openShift();
        var chucho = terminal.customers.create(new CustomerDraft("Don Chucho", Optional.empty(), Money.ZERO,
                Optional.empty()), Optional.empty());
        payment.fiado(chucho.id());
        assertTrue(payment.messageProperty().get().startsWith("Don Chucho no tiene crédito autorizado"));
        payment.dropFiado();
        payment.quickCash(100);
        assertEquals("$12.50", payment.changeProperty().get());
    }

    @Test
    void withoutAnOpenShiftTheSaleIsNotStoredAndTheTenderIsTakenBack() {
        payment.exactCash();
        assertTrue(completed.isEmpty());
        assertNull(payment.completedProperty().get());
        assertEquals("No hay un turno abierto. Abre el turno con el fondo de caja para empezar a vender.",
                payment.messageProperty().get());
        assertEquals("$87.50", payment.remainingProperty().get());
        assertTrue(payment.tenderRows().isEmpty());
        openShift();
        payment.exactCash();
        assertNotNull(payment.completedProperty().get());
    }

    @Test
    void undoRemovesTheLastTender() {
        openShift();
        payment.amountProperty().set("20");
        payment.transfer("R1");
        payment.removeLast();
        assertTrue(payment.tenderRows().isEmpty());
        assertEquals("$87.50", payment.remainingProperty().get());
    }
}
