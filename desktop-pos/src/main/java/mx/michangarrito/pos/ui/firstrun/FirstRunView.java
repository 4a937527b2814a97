package mx.michangarrito.pos.ui.firstrun;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/** The first-run form; Enter in any field moves on, Enter in the last one finishes. */
public final class FirstRunView {

    private final FirstRunViewModel model;
    private final Texts texts;

    public FirstRunView(FirstRunViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    public Parent build() {
        TextField business = new TextField();
        business.setId("business-name");
        business.textProperty().bindBidirectional(model.businessNameProperty());
        ComboBox<TaxZone> zone = new ComboBox<>();
        zone.setId("tax-zone");
        zone.getItems().setAll(TaxZone.values());
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        zone.setButtonCell(zoneCell());
        zone.setCellFactory(list -> zoneCell());
        TextField owner = new TextField();
        owner.setId("owner-name");
        owner.textProperty().bindBidirectional(model.ownerNameProperty());
        PasswordField pin = new PasswordField();
        pin.setId("owner-pin");
        pin.textProperty().bindBidirectional(model.pinProperty());
        PasswordField pinAgain = new PasswordField();
        pinAgain.setId("owner-pin-again");
        pinAgain.textProperty().bindBidirectional(model.pinAgainProperty());
        CheckBox samples = new CheckBox(texts.get("firstrun.sample-catalog"));
        samples.setId("sample-catalog");
        samples.selectedProperty().bindBidirectional(model.sampleCatalogProperty());

        business.setOnAction(e -> zone.requestFocus());
        owner.setOnAction(e -> pin.requestFocus());
        pin.setOnAction(e -> pinAgain.requestFocus());
        pinAgain.setOnAction(e -> model.finish());
        zone.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !zone.isShowing()) {
                e.consume();
                owner.requestFocus();
            }
        });

        GridPane form = new GridPane(16, 12);
        form.addRow(0, new Label(texts.get("firstrun.business-name")), business);
        form.addRow(1, new Label(texts.get("firstrun.zone")), zone);
        form.addRow(2, new Label(texts.get("firstrun.owner-name")), owner);
        form.addRow(3, new Label(texts.get("firstrun.pin")), pin);
        form.addRow(4, new Label(texts.get("firstrun.pin-again")), pinAgain);
        form.add(samples, 1, 5);
        business.setPrefColumnCount(24);

        Button finish = new Button(texts.get("firstrun.finish"));
        finish.setId("finish");
        finish.disableProperty().bind(model.busyProperty());
        finish.setOnAction(e -> model.finish());

        VBox screen = new VBox(18, Widgets.label(texts.get("firstrun.title"), "screen-title"),
                Widgets.label(texts.get("firstrun.subtitle"), "subtitle"), form,
                Widgets.message(model.messageProperty(), null), finish);
        screen.setPadding(new Insets(40));
        screen.setAlignment(Pos.TOP_LEFT);
        screen.setMaxWidth(900);
        Platform.runLater(business::requestFocus);
        return screen;
    }

    private ListCell<TaxZone> zoneCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TaxZone item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.get(item.textKey()));
            }
        };
    }
}
