package mx.michangarrito.pos.ui.devices;

import java.io.ByteArrayInputStream;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * The devices section: a line per device (address saved, address to choose with detection, live status,
 * save and test), then the ticket layout with its live preview. Leaving the section gives the printer's
 * and scanner's news back to the sale screen.
 */
public final class DevicesView {

    private final DevicesViewModel model;
    private final Texts texts;

    private static final double CARD_WIDTH = 440;

    public DevicesView(DevicesViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public Parent build() {
        model.load();
        // One card per device (name and saved address, then the new address with its keys, then the status):
        // the cards wrap into one or more columns as the window allows.
        FlowPane grid = new FlowPane(12, 12);
        for (DeviceSlot slot : DeviceSlot.values()) {
            grid.getChildren().add(card(model.row(slot)));
        }
        Label message = Widgets.message(model.messageProperty(), model.errorProperty());
        message.setId("devices-message");
        VBox screen = new VBox(12, Widgets.label(texts.get("devices.title"), "screen-title"),
                Widgets.label(texts.get("devices.hint"), "subtitle"), grid, message, layout());
        screen.setId("devices");
        screen.setPadding(new Insets(4));
        Timeline refresh = new Timeline(new KeyFrame(javafx.util.Duration.seconds(3), e -> model.refresh()));
        refresh.setCycleCount(Animation.INDEFINITE);
        refresh.play(); // the drawer's sensor and the weight change by themselves: read them while shown
        screen.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                refresh.stop();
                model.leave();
            } else {
                refresh.play();
            }
        });
        ScrollPane scroll = new ScrollPane(screen);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox card(DeviceRow row) {
        String id = row.slot().id();
        Label name = Widgets.label(texts.get("devices." + id), "caption");
        Label saved = Widgets.label("", "top-info");
        saved.setId("device-" + id + "-saved");
        saved.textProperty().bind(row.savedProperty());
        Label status = Widgets.message(row.statusProperty(), row.problemProperty());
        status.setId("device-" + id + "-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane actions = new FlowPane(6, 6);
        if (row.slot().setting().isPresent()) {
            ComboBox<String> choose = new ComboBox<>(row.candidates());
            choose.setId("device-" + id + "-choose");
            choose.setEditable(true);
            choose.setPrefWidth(260);
            choose.valueProperty().bindBidirectional(row.chosenProperty());
            Button detect = new Button(texts.get("devices.detect"));
            detect.setId("device-" + id + "-detect");
            detect.setOnAction(e -> model.detect(row.slot()));
            Button save = new Button(texts.get("devices.save"));
            save.setId("device-" + id + "-save");
            save.setOnAction(e -> model.save(row.slot()));
            actions.getChildren().addAll(choose, detect, save);
        }
        if (model.testable(row.slot())) {
            Button test = new Button(texts.get("devices.test." + id));
            test.setId("device-" + id + "-test");
            test.setOnAction(e -> model.test(row.slot()));
            actions.getChildren().add(test);
        }
        Label savedCaption = Widgets.label(texts.get("devices.column.saved") + ":", "caption");
        FlowPane title = new FlowPane(8, 4, name, savedCaption, saved);
        VBox card = new VBox(6, title, actions, status);
        card.getStyleClass().add("device-card");
        card.setId("device-" + id);
        card.setPrefWidth(CARD_WIDTH);
        card.setMinWidth(Region.USE_PREF_SIZE);
        return card;
    }

    private Parent layout() {
        ChoiceBox<Integer> paper = new ChoiceBox<>(FXCollections.observableArrayList(58, 80));
        paper.setId("ticket-paper");
        paper.valueProperty().bindBidirectional(model.paperProperty());
        TextArea header = new TextArea();
        header.setId("ticket-header");
        header.setPrefRowCount(2);
        header.setPrefColumnCount(32);
        header.textProperty().bindBidirectional(model.headerProperty());
        TextArea footer = new TextArea();
        footer.setId("ticket-footer");
        footer.setPrefRowCount(2);
        footer.setPrefColumnCount(32);
        footer.textProperty().bindBidirectional(model.footerProperty());
        Button save = new Button(texts.get("devices.layout.save"));
        save.setId("ticket-layout-save");
        save.setOnAction(e -> model.saveLayout());
        GridPane form = new GridPane(12, 8);
        form.addRow(0, Widgets.label(texts.get("devices.layout.paper"), "caption"), paper);
        form.addRow(1, Widgets.label(texts.get("devices.layout.header"), "caption"), header);
        form.addRow(2, Widgets.label(texts.get("devices.layout.footer"), "caption"), footer);
        form.add(save, 1, 3);
        ImageView preview = new ImageView();
        preview.setId("layout-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(300);
        show(preview, model.previewProperty().get());
        model.previewProperty().addListener((o, was, png) -> show(preview, png));
        VBox left = new VBox(8, Widgets.label(texts.get("devices.layout.title"), "screen-title"),
                Widgets.label(texts.get("devices.layout.hint"), "subtitle"), form);
        left.setPrefWidth(CARD_WIDTH);
        left.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane both = new FlowPane(24, 12, left, preview);
        both.setPrefWrapLength(CARD_WIDTH);
        return both;
    }

    private static void show(ImageView view, byte[] png) {
        view.setImage(png == null ? null : new Image(new ByteArrayInputStream(png)));
    }
}
