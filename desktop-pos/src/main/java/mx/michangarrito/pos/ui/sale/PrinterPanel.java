package mx.michangarrito.pos.ui.sale;

import java.io.ByteArrayInputStream;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * The printer's parts of the sale screen: a banner across the top while the printer has a problem (it
 * never blocks a key), and in demo mode the picture of the ticket just printed, beside the cart, until
 * Enter or Escape closes it or the next item is scanned.
 */
final class PrinterPanel {

    private final PrinterViewModel model;
    private final Texts texts;

    PrinterPanel(PrinterViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    Label banner() {
        Label banner = new Label();
        banner.setId("printer-banner");
        banner.getStyleClass().add("printer-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    VBox preview() {
        ImageView picture = new ImageView();
        picture.setPreserveRatio(true);
        picture.setFitHeight(560);
        VBox card = new VBox(6, Widgets.label(texts.get("printer.preview.title"), "subtitle"), picture,
                Widgets.label(texts.get("printer.preview.close"), "subtitle"));
        card.setId("ticket-preview");
        card.getStyleClass().add("ticket-preview");
        card.setAlignment(Pos.TOP_CENTER);
        card.setMaxWidth(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setMouseTransparent(true);
        card.setVisible(false);
        card.managedProperty().bind(card.visibleProperty());
        model.previewProperty().addListener((obs, was, png) -> {
            picture.setImage(png == null ? null : new Image(new ByteArrayInputStream(png)));
            card.setVisible(png != null);
        });
        return card;
    }
}
