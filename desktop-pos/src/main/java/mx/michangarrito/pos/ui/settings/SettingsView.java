package mx.michangarrito.pos.ui.settings;

import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.ui.firstrun.TaxZone;

/**
 * The settings section: a form moved through with Tab; F2 changes the letter size, F3 turns high contrast
 * on or off (both at once), F12 saves the business data, tax zone and language.
 */
public final class SettingsView {

    private final SettingsViewModel model;
    private final Texts texts;

    public SettingsView(SettingsViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public Parent build() {
        model.load();
        TextField name = field("settings-name", model.businessNameProperty());
        TextField address = field("settings-address", model.addressProperty());
        TextField rfc = field("settings-rfc", model.rfcProperty());
        TextArea header = area("settings-header", model.headerProperty());
        TextArea footer = area("settings-footer", model.footerProperty());
        tabMovesOn(header, rfc, footer);
        ChoiceBox<TaxZone> zone = new ChoiceBox<>(FXCollections.observableArrayList(TaxZone.values()));
        zone.setId("settings-zone");
        zone.setConverter(converter(z -> texts.get(z.textKey())));
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        ChoiceBox<SettingsViewModel.Language> language =
                new ChoiceBox<>(FXCollections.observableArrayList(SettingsViewModel.Language.values()));
        language.setId("settings-language");
        language.setConverter(converter(l -> texts.get("settings.language." + l.name().toLowerCase(java.util.Locale.ROOT))));
        language.valueProperty().bindBidirectional(model.languageProperty());
        tabMovesOn(footer, header, zone);
        CheckBox drawer = new CheckBox(texts.get("settings.drawer-on-cash"));
        drawer.setId("settings-drawer-on-cash");
        drawer.setWrapText(true);
        drawer.selectedProperty().bindBidirectional(model.drawerOnCashProperty());

        GridPane form = new GridPane(12, 10);
        int row = 0;
        form.addRow(row++, caption("settings.name"), name);
        form.addRow(row++, caption("settings.address"), address);
        form.addRow(row++, caption("settings.rfc"), rfc);
        form.addRow(row++, caption("settings.header"), header);
        form.addRow(row++, caption("settings.footer"), footer);
        form.addRow(row++, caption("settings.zone"), zone);
        form.addRow(row++, caption("settings.drawer"), drawer);
        form.addRow(row, caption("settings.language"), language);

        Label look = Widgets.label("", "subtitle");
        look.setId("settings-appearance");
        Runnable showLook = () -> look.setText(texts.get("settings.appearance",
                texts.get(model.appearanceProperty().get().fontSize().textKey()),
                texts.get(model.appearanceProperty().get().highContrast() ? "settings.contrast.on" : "settings.contrast.off")));
        model.appearanceProperty().addListener((obs, old, now) -> showLook.run());
        showLook.run();

        FlowPane keys = new FlowPane(6, 6,
                Widgets.key("F2", texts.get("settings.key.font"), model::nextFontSize),
                Widgets.key("F3", texts.get("settings.key.contrast"), model::toggleHighContrast),
                Widgets.key("F12", texts.get("settings.key.save"), model::save));
        keys.getStyleClass().add("key-bar");
        Label message = Widgets.message(model.messageProperty(), model.errorProperty());
        message.setId("settings-message");

        VBox screen = new VBox(12, Widgets.label(texts.get("settings.title"), "screen-title"), keys, look, form, message);
        screen.setId("settings");
        screen.setPadding(new Insets(4));
        screen.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = switch (e.getCode()) {
                case F2 -> model::nextFontSize;
                case F3 -> model::toggleHighContrast;
                case F12 -> model::save;
                default -> null;
            };
            if (action != null) {
                e.consume();
                action.run();
            }
        });
        Platform.runLater(name::requestFocus);
        return screen;
    }

    private Label caption(String key) {
        return Widgets.label(texts.get(key), "caption");
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(32);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(2);
        area.setPrefColumnCount(32);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    /** Tab in a text area moves to {@code next} (Shift+Tab to {@code previous}) instead of typing a tab. */
    private static void tabMovesOn(TextArea area, javafx.scene.Node previous, javafx.scene.Node next) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB) {
                e.consume();
                (e.isShiftDown() ? previous : next).requestFocus();
            }
        });
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
