package mx.michangarrito.pos.ui.backoffice;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import mx.michangarrito.pos.user.Role;

/**
 * One part of the back office (catalog, inventory, reports…): its title, the least role that may open it,
 * and how to build its screen. The screen is built each time the section is opened, so it shows fresh data.
 *
 * @param id       a stable id for tests and styles, e.g. {@code catalog}
 * @param title    the title shown in the menu (from the bundle)
 * @param required the least role that may open it
 * @param screen   builds the section's screen
 */
public record Section(String id, String title, Role required, Supplier<Node> screen) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(screen, "screen");
    }
}
