package mx.michangarrito.pos.ui.report;

import java.io.File;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * The reports section: F1 today, F2 this week, F3 this month, F4 dates typed as day/month/year (Enter
 * runs them), F5 again, F6/F7 the previous/next table, F8 exports the table shown to CSV.
 */
public final class ReportsView {

    private final ReportsViewModel model;
    private final Texts texts;
    private final ReportTabs tabs;
    private final TabPane tabPane = new TabPane();
    private final TextField from = new TextField();
    private final TextField to = new TextField();

    public ReportsView(ReportsViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tabs = new ReportTabs(texts);
    }

    public Parent build() {
        from.setId("report-from");
        to.setId("report-to");
        from.setPromptText(texts.get("reports.from.prompt"));
        to.setPromptText(texts.get("reports.to.prompt"));
        from.textProperty().bindBidirectional(model.fromProperty());
        to.textProperty().bindBidirectional(model.toProperty());
        from.setPrefColumnCount(13); // room for the whole prompt ("Desde dd/mm/aaaa")
        to.setPrefColumnCount(13);
        from.setOnAction(e -> to.requestFocus());
        to.setOnAction(e -> model.show(ReportsViewModel.PeriodChoice.CUSTOM));

        FlowPane keys = new FlowPane(6, 6,
                Widgets.key("F1", texts.get("reports.key.today"), () -> model.show(ReportsViewModel.PeriodChoice.TODAY)),
                Widgets.key("F2", texts.get("reports.key.week"), () -> model.show(ReportsViewModel.PeriodChoice.WEEK)),
                Widgets.key("F3", texts.get("reports.key.month"), () -> model.show(ReportsViewModel.PeriodChoice.MONTH)),
                Widgets.key("F4", texts.get("reports.key.dates"), this::customDates), from, to,
                Widgets.key("F5", texts.get("reports.key.refresh"), model::refresh),
                Widgets.key("F6", texts.get("reports.key.previous"), () -> move(-1)),
                Widgets.key("F7", texts.get("reports.key.next"), () -> move(1)),
                Widgets.key("F8", texts.get("reports.key.export"), this::export));
        keys.getStyleClass().add("key-bar");

        Label net = Widgets.label("", "big-figure");
        net.setId("report-net");
        net.textProperty().bind(model.netProperty());
        Label summary = Widgets.label("", "subtitle");
        summary.setId("report-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label margin = Widgets.label("", "message");
        margin.setId("report-margin");
        margin.setWrapText(true);
        margin.textProperty().bind(model.marginProperty());
        Label message = Widgets.message(model.messageProperty(), model.errorProperty());
        message.setId("report-message");

        tabPane.getTabs().setAll(tabs.tabs(margin));
        tabPane.setId("report-tabs");
        model.reportProperty().addListener((obs, old, report) -> {
            if (report != null) {
                tabs.show(report);
            }
        });

        Label netCaption = Widgets.label(texts.get("reports.net"), "caption");
        // The caption and the net figure keep their full width; the summary wraps in what is left.
        netCaption.setMinWidth(Region.USE_PREF_SIZE);
        net.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        HBox figures = new HBox(24, netCaption, net, summary);
        figures.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        VBox screen = new VBox(10, Widgets.label(texts.get("reports.title"), "screen-title"), keys, figures, message,
                tabPane);
        VBox.setVgrow(tabPane, Priority.ALWAYS);
        screen.setId("reports");
        screen.setPadding(new Insets(4));
        screen.setFocusTraversable(true);
        screen.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.show(ReportsViewModel.PeriodChoice.TODAY);
        return screen;
    }

    private void keyPressed(KeyEvent e) {
        Runnable action = switch (e.getCode()) {
            case F1 -> () -> model.show(ReportsViewModel.PeriodChoice.TODAY);
            case F2 -> () -> model.show(ReportsViewModel.PeriodChoice.WEEK);
            case F3 -> () -> model.show(ReportsViewModel.PeriodChoice.MONTH);
            case F4 -> this::customDates;
            case F5 -> model::refresh;
            case F6 -> () -> move(-1);
            case F7 -> () -> move(1);
            case F8 -> this::export;
            default -> null;
        };
        if (action != null && e.getCode() != KeyCode.UNDEFINED) {
            e.consume();
            action.run();
        }
    }

    private void customDates() {
        model.show(ReportsViewModel.PeriodChoice.CUSTOM);
        from.requestFocus();
        from.selectAll();
    }

    private void move(int step) {
        int size = tabPane.getTabs().size();
        int next = Math.floorMod(tabPane.getSelectionModel().getSelectedIndex() + step, size);
        tabPane.getSelectionModel().select(next);
    }

    /** The table on the tab shown. */
    ReportTable shownTable() {
        return ReportTable.values()[tabPane.getSelectionModel().getSelectedIndex()];
    }

    private void export() {
        ReportTable table = shownTable();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("reports.export.title"));
        chooser.setInitialFileName(model.suggestedFileName(table));
        chooser.getExtensionFilters().setAll(List.of(new FileChooser.ExtensionFilter("CSV", "*.csv")));
        File file = chooser.showSaveDialog(tabPane.getScene().getWindow());
        if (file != null) {
            model.export(table, file.toPath());
        }
    }
}
