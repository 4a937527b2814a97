package mx.michangarrito.pos.ui;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.user.StaffMember;

/** Small builders the views share, so every screen looks and reads alike. */
public final class Widgets {

    private Widgets() {
    }

    public static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** A message line bound to a view model; red and bold while {@code isError} holds. */
    public static Label message(ObservableStringValue text, ObservableBooleanValue isError) {
        Label label = new Label();
        label.getStyleClass().add("message");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(text);
        if (isError != null) {
            Runnable style = () -> {
                label.getStyleClass().remove("error");
                if (isError.get()) {
                    label.getStyleClass().add("error");
                }
            };
            isError.addListener((obs, was, now) -> style.run());
            style.run();
        }
        return label;
    }

    /** A button that says its key, e.g. "F12 COBRAR", and does what the key does. */
    public static Button key(String key, String text, Runnable action) {
        Button button = new Button(key + "  " + text);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        button.setId("key-" + key.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return button;
    }

    /** Shows each staff member of {@code list} by name (login, manager approvals). */
    public static ListView<StaffMember> showingNames(ListView<StaffMember> list) {
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StaffMember member, boolean empty) {
                super.updateItem(member, empty);
                setText(empty || member == null ? null : member.displayName());
            }
        });
        return list;
    }

    /**
     * A list of {@code items} showing each with {@code rowText}, whose selection and {@code selected} (a view
     * model's chosen row) follow each other both ways; a row chosen before the list exists is selected.
     */
    public static <T> ListView<T> boundList(String id, ObservableList<T> items, ObjectProperty<T> selected,
            Function<T, String> rowText) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : rowText.apply(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(selected.get())) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (!now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
        });
        if (selected.get() != null) {
            list.getSelectionModel().select(selected.get());
        }
        return list;
    }
}
