package mx.michangarrito.pos.ui.firstrun;

import java.io.ByteArrayInputStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.demo.ShopType;
import mx.michangarrito.pos.ui.ScreenScroll;
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
        ComboBox<ShopType> type = new ComboBox<>();
        type.setId("shop-type");
        type.getItems().setAll(ShopType.values());
        type.valueProperty().bindBidirectional(model.shopTypeProperty());
        type.setButtonCell(typeCell());
        type.setCellFactory(list -> typeCell());
        TextField address = field("shop-address", model.addressProperty());
        TextField rfc = field("shop-rfc", model.rfcProperty());
        TextField header = field("ticket-header", model.headerProperty());
        TextField footer = field("ticket-footer", model.footerProperty());
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

        business.setOnAction(e -> type.requestFocus());
        enterMovesOn(type, address);
        address.setOnAction(e -> rfc.requestFocus());
        rfc.setOnAction(e -> zone.requestFocus());
        header.setOnAction(e -> footer.requestFocus());
        owner.setOnAction(e -> pin.requestFocus());
        pin.setOnAction(e -> pinAgain.requestFocus());
        pinAgain.setOnAction(e -> model.finish());
        enterMovesOn(zone, header);
        ImageView preview = new ImageView();
        preview.setId("firstrun-preview");
        preview.setPreserveRatio(true);
        preview.setFitHeight(420);
        VBox printerBox = new VBox(8);
        Node afterFooter = model.printer().isPresent() ? printerRow(model.printer().get(), owner, printerBox, preview)
                : owner;
        footer.setOnAction(e -> afterFooter.requestFocus());

        GridPane form = new GridPane(16, 12);
        form.addRow(0, caption("firstrun.business-name"), business);
        form.addRow(1, caption("firstrun.shop-type"), type);
        form.addRow(2, caption("firstrun.address"), address);
        form.addRow(3, caption("firstrun.rfc"), rfc);
        form.addRow(4, caption("firstrun.zone"), zone);
        form.addRow(5, caption("firstrun.header"), header);
        form.addRow(6, caption("firstrun.footer"), footer);
        int row = 7;
        if (model.printer().isPresent()) {
            form.addRow(row++, caption("firstrun.printer"), printerBox);
        }
        form.addRow(row++, caption("firstrun.owner-name"), owner);
        form.addRow(row++, caption("firstrun.pin"), pin);
        form.addRow(row++, caption("firstrun.pin-again"), pinAgain);
        form.add(samples, 1, row);
        samples.setWrapText(true);
        business.setPrefColumnCount(24);
        // Labels take at most a third and wrap; the fields take the rest, so large letters never cut a label.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(34);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setPercentWidth(66);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        HBox.setHgrow(form, Priority.ALWAYS);
        form.setMinWidth(0);

        Button finish = new Button(texts.get("firstrun.finish"));
        finish.setId("finish");
        finish.disableProperty().bind(model.busyProperty());
        finish.setOnAction(e -> model.finish());

        Label title = Widgets.label(texts.get("firstrun.title"), "screen-title");
        Label subtitle = Widgets.label(texts.get("firstrun.subtitle"), "subtitle");
        title.setWrapText(true);
        subtitle.setWrapText(true);
        Button demo = new Button(texts.get("firstrun.demo.key"));
        demo.setId("demo-shop");
        demo.setFocusTraversable(false);
        demo.setWrapText(true);
        demo.disableProperty().bind(model.busyProperty());
        demo.setOnAction(e -> model.startDemo());
        Label demoNote = Widgets.label(model.demoNote(), "subtitle");
        demoNote.setId("demo-note");
        demoNote.setWrapText(true);
        demoNote.setMinHeight(Region.USE_PREF_SIZE);
        VBox screen = new VBox(18, title, subtitle, new VBox(6, demo, demoNote), new HBox(24, form, preview),
                Widgets.message(model.messageProperty(), null), finish);
        // F9 makes the demo shop from any field.
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F9) {
                e.consume();
                model.startDemo();
            }
        });
        screen.setPadding(new Insets(40));
        screen.setAlignment(Pos.TOP_LEFT);
        screen.setMaxWidth(1200);
        StackPane centred = new StackPane(screen);
        centred.setAlignment(Pos.TOP_CENTER);
        Platform.runLater(business::requestFocus);
        return ScreenScroll.of(centred);
    }

    private Label caption(String key) {
        Label label = new Label(texts.get(key));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Enter on a closed list moves on to {@code next}, as in the text fields (arrows choose). */
    private static void enterMovesOn(ComboBox<?> choice, Node next) {
        choice.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !choice.isShowing()) {
                e.consume();
                next.requestFocus();
            }
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** The printer list and its test key (F5); Enter moves on to the owner. Returns what footer's Enter focuses. */
    private Node printerRow(FirstRunPrinter printer, TextField owner, VBox box, ImageView preview) {
        ComboBox<String> choice = new ComboBox<>(printer.choices());
        choice.setId("printer-choice");
        choice.valueProperty().bindBidirectional(printer.chosenProperty());
        choice.setButtonCell(printerCell(printer));
        choice.setCellFactory(list -> printerCell(printer));
        enterMovesOn(choice, owner);
        Button test = new Button(texts.get("firstrun.printer.test"));
        test.setMinWidth(Region.USE_PREF_SIZE);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setMinWidth(80);
        HBox.setHgrow(choice, Priority.ALWAYS);
        test.setId("printer-test");
        test.setFocusTraversable(false);
        test.setOnAction(e -> printer.testPrint());
        Label said = Widgets.message(printer.messageProperty(), null);
        said.setId("printer-message");
        said.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().setAll(new HBox(8, choice, test), said);
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                e.consume();
                printer.testPrint();
            }
        });
        printer.previewProperty().addListener((obs, was, png) -> preview.setImage(
                png == null ? null : new Image(new ByteArrayInputStream(png))));
        return choice;
    }

    private ListCell<String> printerCell(FirstRunPrinter printer) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : printer.describe(item));
            }
        };
    }

    private ListCell<ShopType> typeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ShopType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.get(FirstRunViewModel.textKey(item)));
            }
        };
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
