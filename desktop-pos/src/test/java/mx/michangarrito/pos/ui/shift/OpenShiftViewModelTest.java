package mx.michangarrito.pos.ui.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.michangarrito.pos.cash.Shift;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the shift with its float on a real terminal: bad amounts and scans into the field are explained. */
class OpenShiftViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private Operator caro;
    private final List<Shift> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        terminal = new TestTerminal(dir);
        caro = terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN);
    }

    @AfterEach
    void tearDown() {
        terminal.close();
    }

    private OpenShiftViewModel model(Texts texts) {
        return new OpenShiftViewModel(terminal.shifts, caro, texts, opened::add);
    }

    @Test
    void aBarcodeScannedIntoTheFloatIsRefusedAndTheTypedFloatOpensTheShift() {
        OpenShiftViewModel model = model(Texts.spanish());
        model.floatAmountProperty().set("7500001000014");
        model.open();
        assertEquals("Un fondo de $7,500,001,000,014.00 es demasiado para la caja (¿se escaneó un código en este"
                + " campo?). Escribe el efectivo con el que empiezas, por ejemplo 500; el máximo es $100,000.00.",
                model.messageProperty().get());
        assertEquals("", model.floatAmountProperty().get(), "the field is emptied for the real float");
        assertTrue(opened.isEmpty());
        assertTrue(terminal.shifts.current().isEmpty());

        model.floatAmountProperty().set("$1,500.50");
        model.open();
        assertEquals("", model.messageProperty().get());
        assertEquals(1, opened.size());
        assertEquals(Money.ofCentavos(150_050), terminal.shifts.current().orElseThrow().openingFloat());
    }

    @Test
    void theLargestFloatIsAllowedAndWordsAreExplained() {
        OpenShiftViewModel model = model(new Texts(Locale.ENGLISH));
        model.floatAmountProperty().set("quinientos");
        model.open();
        assertTrue(!model.messageProperty().get().isEmpty() && opened.isEmpty(), model.messageProperty().get());
        model.floatAmountProperty().set("100000.01");
        model.open();
        assertTrue(model.messageProperty().get().startsWith("A float of $100,000.01 is too much for the drawer"),
                model.messageProperty().get());
        model.floatAmountProperty().set("100000");
        model.open();
        assertEquals(1, opened.size());
        assertEquals(OpenShiftViewModel.MAX_FLOAT, terminal.shifts.current().orElseThrow().openingFloat());
    }
}
