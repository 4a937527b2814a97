package mx.michangarrito.pos.ui.cloud;

import java.util.Locale;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The sale screen's top-bar sync indicator: the status label (its style class follows the tone) and,
 * while a full resync runs, a small progress bar with "Sincronizando catálogo completo… n de m".
 */
public final class SyncIndicator {

    private final SyncStatusViewModel model;
    private final ResyncViewModel resync;

    public SyncIndicator(SyncStatusViewModel model, ResyncViewModel resync) {
        this.model = Objects.requireNonNull(model, "model");
        this.resync = Objects.requireNonNull(resync, "resync");
    }

    public HBox build() {
        Label label = new Label();
        label.setId("sync-status");
        label.getStyleClass().addAll("top-info", "sync-status");
        label.textProperty().bind(model.textProperty());
        tone(label, model.toneProperty().get());
        model.toneProperty().addListener((o, was, now) -> tone(label, now));
        ProgressBar bar = new ProgressBar();
        bar.setId("sync-resync-bar");
        bar.setPrefWidth(120);
        bar.progressProperty().bind(resync.progressProperty());
        Label text = new Label();
        text.setId("sync-resync-text");
        text.getStyleClass().add("top-info");
        text.textProperty().bind(resync.textProperty());
        for (var node : new javafx.scene.Node[] {bar, text}) {
            node.visibleProperty().bind(resync.runningProperty());
            node.managedProperty().bind(resync.runningProperty());
        }
        HBox box = new HBox(8, label, bar, text);
        box.setId("sync-indicator");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static void tone(Label label, SyncStatusViewModel.Tone tone) {
        label.getStyleClass().removeIf(c -> c.startsWith("sync-tone-"));
        label.getStyleClass().add("sync-tone-" + tone.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
