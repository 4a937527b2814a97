package mx.michangarrito.pos.ui.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may open the catalog and inventory sections (decision 0014). */
class BackOfficeSectionsTest {

    @TempDir
    Path dir;

    private static List<String> ids(TestTerminal t, Role role) {
        Operator who = new Operator(t.managerId, "Alguien", role, Instant.now());
        return BackOfficeSections.forOperator(t.services(), who, Texts.spanish(), new InlineTaskExecutor(), null)
                .stream().map(Section::id).toList();
    }

    @Test
    void managersGetTheShopsSectionsOwnersAlsoSettingsUsersAndBackupsCashiersTicketsAndCustomers() {
        try (TestTerminal t = new TestTerminal(dir)) {
            assertEquals(List.of("tickets", "customers"), ids(t, Role.CASHIER));
            assertEquals(List.of("catalog", "inventory", "reports", "tickets", "customers"), ids(t, Role.MANAGER));
            assertEquals(List.of("catalog", "inventory", "reports", "settings", "users", "backup", "tickets",
                    "customers", "devices", "cloud"),
                    ids(t, Role.OWNER));
            assertEquals("Catálogo", BackOfficeSections.forOperator(t.services(),
                    new Operator(t.managerId, "Beto", Role.MANAGER, Instant.now()), Texts.spanish(),
                    new InlineTaskExecutor(), null).getFirst().title());
        }
    }
}
