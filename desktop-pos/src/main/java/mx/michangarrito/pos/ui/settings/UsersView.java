package mx.michangarrito.pos.ui.settings;

import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.StaffMember;

/**
 * The users section: the list (arrows choose), a form (Tab moves), F2 creates a user, F3 gives the chosen
 * one the PIN typed, F4 the role chosen, F5 (twice) deactivates them.
 */
public final class UsersView {

    private final UsersViewModel model;
    private final Texts texts;

    public UsersView(UsersViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public Parent build() {
        model.load();
        ListView<StaffMember> list = new ListView<>(model.users());
        list.setId("users-list");
        list.getStyleClass().add("staff-list");
        list.setPrefWidth(320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StaffMember member, boolean empty) {
                super.updateItem(member, empty);
                setText(empty || member == null ? null : member.displayName() + " · " + model.roleText(member.role()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            model.selectedProperty().set(now);
            if (now != null) {
                model.roleProperty().set(now.role());
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (!now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
        });

        TextField name = new TextField();
        name.setId("users-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        ChoiceBox<Role> role = new ChoiceBox<>(FXCollections.observableArrayList(Role.values()));
        role.setId("users-role");
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : model.roleText(value);
            }

            @Override
            public Role fromString(String string) {
                throw new UnsupportedOperationException("roles are chosen, not typed");
            }
        });
        role.valueProperty().bindBidirectional(model.roleProperty());
        PasswordField pin = new PasswordField();
        pin.setId("users-pin");
        pin.textProperty().bindBidirectional(model.pinProperty());
        PasswordField pinAgain = new PasswordField();
        pinAgain.setId("users-pin-again");
        pinAgain.textProperty().bindBidirectional(model.pinAgainProperty());

        GridPane form = new GridPane(12, 10);
        form.addRow(0, caption("users.name"), name);
        form.addRow(1, caption("users.role"), role);
        form.addRow(2, caption("users.pin"), pin);
        form.addRow(3, caption("users.pin-again"), pinAgain);

        FlowPane keys = new FlowPane(6, 6,
                Widgets.key("F2", texts.get("users.key.create"), model::create),
                Widgets.key("F3", texts.get("users.key.pin"), model::changePin),
                Widgets.key("F4", texts.get("users.key.role"), model::changeRole),
                Widgets.key("F5", texts.get("users.key.deactivate"), model::deactivate));
        keys.getStyleClass().add("key-bar");
        Label message = Widgets.message(model.messageProperty(), model.errorProperty());
        message.setId("users-message");

        VBox screen = new VBox(12, Widgets.label(texts.get("users.title"), "screen-title"), keys,
                new HBox(24, list, new VBox(12, Widgets.label(texts.get("users.hint"), "subtitle"), form)), message);
        screen.setId("users");
        screen.setPadding(new Insets(4));
        screen.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = switch (e.getCode()) {
                case F2 -> model::create;
                case F3 -> model::changePin;
                case F4 -> model::changeRole;
                case F5 -> model::deactivate;
                default -> null;
            };
            if (action != null) {
                e.consume();
                action.run();
            }
        });
        Platform.runLater(list::requestFocus);
        return screen;
    }

    private Label caption(String key) {
        return Widgets.label(texts.get(key), "caption");
    }
}
