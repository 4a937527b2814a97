package mx.michangarrito.pos.ui.cloud;

import java.util.Locale;
import java.util.Objects;
import javafx.scene.control.Label;

/** The small sync status label of the sale screen's top bar; its style class follows the tone. */
public final class SyncIndicator {

    private final SyncStatusViewModel model;

    public SyncIndicator(SyncStatusViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public Label build() {
        Label label = new Label();
        label.setId("sync-status");
        label.getStyleClass().addAll("top-info", "sync-status");
        label.textProperty().bind(model.textProperty());
        tone(label, model.toneProperty().get());
        model.toneProperty().addListener((o, was, now) -> tone(label, now));
        return label;
    }

    private static void tone(Label label, SyncStatusViewModel.Tone tone) {
        label.getStyleClass().removeIf(c -> c.startsWith("sync-tone-"));
        label.getStyleClass().add("sync-tone-" + tone.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
