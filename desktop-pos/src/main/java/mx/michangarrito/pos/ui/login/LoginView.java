package mx.michangarrito.pos.ui.login;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.user.StaffMember;

/** Who is at the counter: the staff list, the PIN as dots, a big pad for touch screens. */
public final class LoginView {

    private final LoginViewModel model;
    private final Texts texts;

    public LoginView(LoginViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    public Parent build() {
        ListView<StaffMember> staff = new ListView<>(model.staff());
        staff.setId("staff");
        staff.getStyleClass().add("staff-list");
        Widgets.showingNames(staff);
        staff.getSelectionModel().select(model.selectedProperty().get());
        staff.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        staff.setPrefWidth(360);

        Label dots = Widgets.label("", "pin-dots");
        dots.setId("pin-dots");
        dots.textProperty().bind(model.pinDotsProperty());

        GridPane pad = new GridPane(8, 8);
        pad.getStyleClass().add("pin-pad");
        for (int i = 1; i <= 9; i++) {
            pad.add(padKey(Character.forDigit(i, 10)), (i - 1) % 3, (i - 1) / 3);
        }
        Button clear = new Button("⌫");
        clear.setId("pin-back");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> model.backspace());
        Button enter = new Button(texts.get("login.enter"));
        enter.setStyle("-fx-font-size: 20px;");
        enter.setId("pin-enter");
        enter.setFocusTraversable(false);
        enter.setOnAction(e -> model.submit());
        enter.disableProperty().bind(model.busyProperty());
        pad.add(clear, 0, 3);
        pad.add(padKey('0'), 1, 3);
        pad.add(enter, 2, 3);

        VBox pinSide = new VBox(14, Widgets.label(texts.get("login.pin"), "caption"), dots, pad,
                Widgets.message(model.messageProperty(), new javafx.beans.property.SimpleBooleanProperty(true)));
        pinSide.setMaxWidth(420);
        HBox body = new HBox(40, staff, pinSide);
        HBox.setHgrow(pinSide, Priority.NEVER);
        body.setAlignment(Pos.CENTER);
        Label demo = Widgets.label("", "subtitle");
        demo.setId("demo-hint");
        demo.setWrapText(true);
        demo.textProperty().bind(model.demoHintProperty());
        demo.visibleProperty().bind(model.demoHintProperty().isNotEmpty());
        demo.managedProperty().bind(demo.visibleProperty());
        VBox screen = new VBox(20, Widgets.label(texts.get("login.title"), "screen-title"),
                Widgets.label(texts.get("login.hint"), "subtitle"), demo, body);
        screen.setPadding(new Insets(40));
        screen.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(body, Priority.ALWAYS);

        // Digits, Backspace and Enter work wherever the focus is; ↑ ↓ move in the staff list.
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.submit();
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE) {
                model.backspace();
                e.consume();
            }
        });
        screen.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (typed != null && typed.length() == 1 && typed.charAt(0) >= '0' && typed.charAt(0) <= '9') {
                model.digit(typed.charAt(0));
                e.consume();
            }
        });
        Platform.runLater(staff::requestFocus);
        return screen;
    }

    private Button padKey(char digit) {
        Button key = new Button(String.valueOf(digit));
        key.setId("pin-" + digit);
        key.setFocusTraversable(false);
        key.setOnAction(e -> model.digit(digit));
        return key;
    }
}
