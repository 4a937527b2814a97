package mx.michangarrito.pos.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private final List<Operator> loggedIn = new ArrayList<>();
    private LoginViewModel login;

    @BeforeEach
    void setUp() {
        terminal = new TestTerminal(dir);
        login = new LoginViewModel(terminal.users, Texts.spanish(), new InlineTaskExecutor(), loggedIn::add);
        login.load();
    }

    @AfterEach
    void tearDown() {
        terminal.close();
    }

    private void pick(String name) {
        login.selectedProperty().set(login.staff().stream().filter(s -> s.displayName().equals(name)).findFirst()
                .orElseThrow());
    }

    private void type(String pin) {
        pin.chars().forEach(c -> login.digit((char) c));
    }

    @Test
    void listsTheActiveStaffByName() {
        assertEquals(List.of("Beto", "Caro", "Lupita"), login.staff().stream().map(StaffMember::displayName).toList());
    }

    @Test
    void theRightPinLogsIn() {
        pick("Caro");
        type("1357");
        assertEquals("●●●●", login.pinDotsProperty().get());
        login.submit();
        assertEquals(1, loggedIn.size());
        assertEquals(terminal.cashierId, loggedIn.getFirst().userId());
    }

    @Test
    void padIgnoresLettersAndStopsAtSixDigitsAndBackspaceWorks() {
        type("12a34567");
        assertEquals("●●●●●●", login.pinDotsProperty().get());
        login.backspace();
        assertEquals("●●●●●", login.pinDotsProperty().get());
    }

    @Test
    void wrongPinsCountDownThenLockWithTheServicesMessages() {
        pick("Caro");
        type("0000");
        login.submit();
        assertEquals("PIN incorrecto. Te quedan 4 intentos antes de que el usuario se bloquee 5 minutos.",
                login.messageProperty().get());
        assertEquals("", login.pinDotsProperty().get());
        for (int i = 0; i < 4; i++) {
            type("0000");
            login.submit();
        }
        type("1357");
        login.submit();
        assertTrue(login.messageProperty().get().startsWith("Demasiados intentos con PIN incorrecto"),
                login.messageProperty().get());
        assertTrue(loggedIn.isEmpty());
    }

    @Test
    void choosingAnotherUserClearsThePin() {
        pick("Caro");
        type("13");
        pick("Beto");
        assertEquals("", login.pinDotsProperty().get());
    }

    @Test
    void onlyADemoShopShowsTheDemoOwnerAndPin() {
        assertEquals("", login.demoHintProperty().get());
        login.demoShop(true);
        assertTrue(login.demoHintProperty().get().contains("Usuario Demo"), login.demoHintProperty().get());
        assertTrue(login.demoHintProperty().get().contains("1234"), login.demoHintProperty().get());
        login.demoShop(false);
        assertEquals("", login.demoHintProperty().get());
    }
}
