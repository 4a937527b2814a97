package mx.michangarrito.pos.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A cashier takes a payment towards a fiado account and sees the new balance and the receipt, prints the
 * statement of a chosen period, and deactivates the customer (TestFX).
 */
@ExtendWith(ApplicationExtension.class)
class CustomersFlowTest {

    @TempDir
    static Path dir;
    private CounterFixture counter;
    private Customer mari;

    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        counter = new CounterFixture(java.nio.file.Files.createTempDirectory(dir, "terminal"), stage, true);
        TestTerminal t = counter.terminal;
        Product coke = t.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
        t.shifts.open(t.cashierId, Money.ofPesos(500));
        mari = t.customers.create(new CustomerDraft("Doña Mari", Optional.of("55 1234 5678"), Money.ofPesos(500),
                Optional.empty()), Optional.of(t.managerId));
        Cart cart = new Cart();
        cart.addUnits(coke, BigDecimal.valueOf(5));
        t.sales.complete(cart, List.of(Tender.fiado(Money.ofPesos(100), mari.id())), t.cashierId);
    }

    @AfterEach
    void tearDown() {
        counter.close();
    }

    @Test
    void aPaymentTowardsAFiadoAccountShowsTheNewBalanceAndPrintsAReceipt(FxRobot robot) throws Exception {
        robot.type(KeyCode.DOWN); // Caro, the cashier; the shift is already open
        robot.write(TestTerminal.CASHIER_PIN).type(KeyCode.ENTER);
        robot.lookup("#search").queryAs(TextField.class);

        robot.type(KeyCode.F11);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL); // tickets, customers
        robot.lookup("#customers").query();
        robot.clickOn("#customers-filter");
        robot.write("mari").type(KeyCode.ENTER);
        assertEquals(1, robot.lookup("#customers-list").queryAs(ListView.class).getItems().size());
        assertTrue(robot.lookup("#customers-statement").queryAs(ListView.class).getItems().toString()
                .contains("saldo $100.00"));

        robot.clickOn("#customers-amount");
        robot.write("40").type(KeyCode.ENTER);
        assertEquals("Abono de Doña Mari por $40.00 registrado; su saldo nuevo es $60.00. "
                + "Se mandó a imprimir el comprobante.", robot.lookup("#customers-message").queryAs(Label.class).getText());
        assertEquals(Money.ofPesos(60), counter.terminal.fiado.balance(mari.id()));
        assertTrue(counter.paper.awaitReceipts(1, Duration.ofSeconds(20)));
        String receipt = counter.paper.receipts().getFirst().text();
        assertTrue(receipt.contains("ABONO A CUENTA DE FIADO") && receipt.contains("$60.00"), receipt);

        // the statement of a chosen period, on screen and on paper
        robot.clickOn("#customers-from");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("23/11/2026").type(KeyCode.ENTER);
        String head = (String) robot.lookup("#customers-statement").queryAs(ListView.class).getItems().getFirst();
        assertTrue(head.contains("del 23/11/2026 al 23/11/2026: saldo inicial $0.00 · cargos $100.00"
                + " · abonos y devoluciones $40.00 · saldo final $60.00"), head);
        robot.type(KeyCode.F7);
        assertEquals("Se mandó a imprimir el estado de cuenta de Doña Mari.",
                robot.lookup("#customers-message").queryAs(Label.class).getText());
        assertTrue(counter.paper.awaitReceipts(2, Duration.ofSeconds(20)));
        String printed = counter.paper.receipts().get(1).text();
        assertTrue(printed.contains("ESTADO DE CUENTA DE FIADO") && printed.contains("Saldo final"), printed);

        // deactivate with a reason: gone from the list, kept under "inactivos" with its balance and history
        robot.clickOn("#customers-reason");
        robot.write("se mudó").type(KeyCode.F8);
        assertTrue(robot.lookup("#customers-message").queryAs(Label.class).getText()
                .startsWith("«Doña Mari» dado de baja"));
        assertEquals(0, robot.lookup("#customers-list").queryAs(ListView.class).getItems().size());
        robot.type(KeyCode.F9);
        assertEquals(1, robot.lookup("#customers-list").queryAs(ListView.class).getItems().size());
        robot.clickOn("#customers-filter").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#customers-history").queryAs(ListView.class).getItems().toString()
                .contains("dado de baja · Caro · se mudó"));
        assertEquals(Money.ofPesos(60), counter.terminal.fiado.balance(mari.id()));
    }
}
