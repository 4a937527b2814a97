package mx.michangarrito.pos.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users section's view model, without a stage. */
class UsersViewModelTest {

    @TempDir
    Path dir;
    TestTerminal fx;
    UsersViewModel model;
    Operator owner;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dir);
        owner = fx.users.login(fx.users.listActive().stream().filter(m -> m.role() == Role.OWNER).findFirst()
                .orElseThrow().id(), "1111");
        model = new UsersViewModel(fx.users, owner, Texts.spanish(), new InlineTaskExecutor());
        model.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private StaffMember named(String name) {
        return model.users().stream().filter(m -> m.displayName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void createChangeRoleChangePinAndDeactivate() {
        model.nameProperty().set("Memo");
        model.roleProperty().set(Role.CASHIER);
        model.pinProperty().set("4321");
        model.pinAgainProperty().set("4321");
        model.create();
        assertEquals("Se creó a «Memo» como Cajero.", model.messageProperty().get());
        assertEquals(4, model.users().size());

        model.selectedProperty().set(named("Memo"));
        model.roleProperty().set(Role.MANAGER);
        model.changeRole();
        assertEquals(Role.MANAGER, named("Memo").role());

        model.pinProperty().set("9876");
        model.pinAgainProperty().set("9876");
        model.changePin();
        assertEquals(Role.MANAGER, fx.users.login(named("Memo").id(), "9876").role());

        model.deactivate();
        assertEquals(4, model.users().size(), "the first F5 only asks");
        assertTrue(model.messageProperty().get().contains("Presiona F5 otra vez"));
        model.deactivate();
        assertEquals(3, model.users().size());
    }

    @Test
    void theLastOwnerCannotBeDeactivatedAndMismatchedPinsAreCaught() {
        model.pinProperty().set("1234");
        model.pinAgainProperty().set("1243");
        model.nameProperty().set("Ana");
        model.create();
        assertEquals("Los dos PIN no coinciden. Escríbelos otra vez.", model.messageProperty().get());

        model.selectedProperty().set(named("Lupita"));
        model.deactivate();
        model.deactivate();
        assertTrue(model.errorProperty().get());
        assertTrue(model.messageProperty().get().contains("único dueño activo"), model.messageProperty().get());
        assertEquals(3, model.users().size());
    }
}
