package mx.michangarrito.pos.ui.backoffice;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.ScreenScroll;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.UiTrace;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.user.Operator;

/**
 * The back office: a menu of the sections the operator's role may open on the left (Ctrl+1…Ctrl+9, Ctrl+0),
 * the open section on the right, and Escape (when no card is open over it) back to the sale. The sections
 * come from {@link BackOfficeSections}; this view only lays them out and routes the keys.
 */
public final class BackOfficeView {

    private final List<Section> sections;
    private final Operator operator;
    private final Texts texts;
    private final Runnable back;
    private final StackPane content = new StackPane();
    private final VBox menu = new VBox(8);

    /** {@code sections} are those the operator may open, in menu order; {@code back} returns to the sale. */
    public BackOfficeView(List<Section> sections, Operator operator, Texts texts, Runnable back) {
        this.sections = List.copyOf(sections);
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.back = Objects.requireNonNull(back, "back");
        if (this.sections.isEmpty()) {
            throw new IllegalArgumentException("the back office needs at least one section");
        }
    }

    public Parent build() {
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            int index = i;
            Button button;
            if (i < 10) {
                button = Widgets.key("Ctrl+" + ((i + 1) % 10), section.title(), () -> open(index));
            } else {
                // Past Ctrl+0 a section is reached with Tab and Enter.
                button = new Button(section.title());
                button.setOnAction(e -> open(index));
            }
            button.setId("section-" + section.id());
            button.setMaxWidth(Double.MAX_VALUE);
            menu.getChildren().add(button);
        }
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Button leave = Widgets.key("Esc", texts.get("backoffice.back"), back);
        leave.setMaxWidth(Double.MAX_VALUE);
        menu.getChildren().addAll(gap, leave);
        menu.getStyleClass().add("backoffice-menu");
        menu.setPadding(new Insets(16));
        menu.setPrefWidth(Region.USE_COMPUTED_SIZE);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        ScreenScroll.fitWords(menu);

        HBox top = new HBox(24, Widgets.label(texts.get("backoffice.title"), "shop"),
                Widgets.label(texts.get("sale.cashier", operator.displayName()), "top-info"));
        top.getStyleClass().add("top-bar");

        BorderPane screen = new BorderPane(content, top, null, null, menu);
        screen.setId("backoffice");
        BorderPane.setMargin(content, new Insets(16));
        screen.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        open(0);
        return screen;
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            back.run();
            return;
        }
        if (e.isShortcutDown() && e.getCode().isDigitKey()) {
            int digit = e.getCode().getName().startsWith("Numpad")
                    ? e.getCode().getCode() - KeyCode.NUMPAD0.getCode()
                    : e.getCode().getCode() - KeyCode.DIGIT0.getCode();
            int index = digit == 0 ? 9 : digit - 1; // Ctrl+1 is the first section, Ctrl+0 the tenth
            if (index >= 0 && index < sections.size()) {
                e.consume();
                open(index);
            }
        }
    }

    private void open(int index) {
        Node screen = sections.get(index).screen().get();
        ScreenScroll.fitWords(screen);
        if (screen instanceof javafx.scene.control.ScrollPane) {
            content.getChildren().setAll(screen);
        } else {
            javafx.scene.control.ScrollPane scroll = ScreenScroll.of(screen);
            scroll.setFitToHeight(true);
            content.getChildren().setAll(scroll);
        }
        for (int i = 0; i < menu.getChildren().size(); i++) {
            menu.getChildren().get(i).getStyleClass().remove("selected");
        }
        menu.getChildren().get(index).getStyleClass().add("selected");
        Platform.runLater(() -> {
            screen.requestFocus();
            UiTrace.line("backoffice " + sections.get(index).id());
        });
    }
}
