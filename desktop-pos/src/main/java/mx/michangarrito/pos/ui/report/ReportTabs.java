package mx.michangarrito.pos.ui.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.fiado.AgingRow;
import mx.michangarrito.pos.report.SalesReport;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Columns;
import mx.michangarrito.shared.money.Money;

/** Builds the report's tabs (a chart and a table each) and fills them when a report arrives. */
final class ReportTabs {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final Texts texts;
    private final TableView<SalesReport.DayRow> days = new TableView<>();
    private final TableView<SalesReport.HourRow> hours = new TableView<>();
    private final TableView<SalesReport.ProductRow> products = new TableView<>();
    private final TableView<SalesReport.TaxRow> taxes = new TableView<>();
    private final TableView<SalesReport.CashierRow> cashiers = new TableView<>();
    private final TableView<AgingRow> fiados = new TableView<>();
    private final LineChart<String, Number> dayChart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> hourChart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> productChart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> cashierChart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    ReportTabs(Texts texts) {
        this.texts = texts;
        add(days, Columns.text(title("day"), r -> DAY.format(r.day())));
        add(days, Columns.number(title("tickets"), r -> String.valueOf(r.tickets())));
        add(days, Columns.number(title("net"), r -> money(r.net())));
        add(hours, Columns.text(title("hour"), r -> ReportRows.hour(r.hour())));
        add(hours, Columns.number(title("tickets"), r -> String.valueOf(r.tickets())));
        add(hours, Columns.number(title("net"), r -> money(r.net())));
        add(products, Columns.longText(title("product"), SalesReport.ProductRow::name));
        add(products, Columns.number(title("quantity"), r -> ReportsViewModel.plain(r.quantity())));
        add(products, Columns.number(title("net"), r -> money(r.net())));
        add(products, Columns.optional(Columns.number(head("base"), r -> money(r.base())), 1));
        add(products, Columns.optional(Columns.number(head("cost"),
                r -> r.hasCost() ? money(r.unitCost()) : texts.get("reports.no-cost")), 2));
        add(products, Columns.number(title("margin"), r -> r.hasCost() ? money(r.margin()) : ""));
        add(taxes, Columns.text(title("tax"), SalesReport.TaxRow::kind));
        add(taxes, Columns.number(title("rate"), ReportRows::rate));
        add(taxes, Columns.number(head("base"), r -> money(r.base())));
        add(taxes, Columns.number(head("amount"), r -> money(r.tax())));
        add(cashiers, Columns.longText(title("cashier"), SalesReport.CashierRow::name));
        add(cashiers, Columns.number(title("tickets"), r -> String.valueOf(r.tickets())));
        add(cashiers, Columns.number(title("net"), r -> money(r.net())));
        add(fiados, Columns.longText(title("customer"), r -> r.customer().name()));
        add(fiados, Columns.optional(Columns.number(title("balance"), r -> money(r.balance())), 2));
        add(fiados, Columns.number(head("up30"), r -> money(r.upTo30Days())));
        add(fiados, Columns.number(head("up60"), r -> money(r.days31To60())));
        add(fiados, Columns.number(head("over60"), r -> money(r.over60Days())));
        add(fiados, Columns.optional(Columns.text(title("since"),
                r -> DAY.format(r.owedSince()) + "/" + r.owedSince().getYear()), 1));
        for (TableView<?> table : List.of(days, hours, products, taxes, cashiers, fiados)) {
            Columns.fit(table);
        }
        for (XYChart<String, Number> chart : List.of(dayChart, hourChart, productChart, cashierChart)) {
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.setMinHeight(220);
        }
    }

    private String money(Money amount) {
        return texts.money(amount);
    }

    private String title(String key) {
        return texts.get("reports.col." + key);
    }

    /** A shorter title for a table header than the CSV export's (reports.col.*), where the long one crowds. */
    private String head(String key) {
        return texts.get("reports.head." + key);
    }

    private static <T> void add(TableView<T> table, TableColumn<T, String> column) {
        table.getColumns().add(column);
    }

    /** One tab per table, in {@link ReportTable} order. */
    List<Tab> tabs(Label margin) {
        VBox productPane = pane(productChart, products);
        productPane.getChildren().add(1, margin);
        return List.of(tab(ReportTable.DAYS, pane(dayChart, days)), tab(ReportTable.HOURS, pane(hourChart, hours)),
                tab(ReportTable.PRODUCTS, productPane), tab(ReportTable.TAXES, pane(null, taxes)),
                tab(ReportTable.CASHIERS, pane(cashierChart, cashiers)), tab(ReportTable.FIADOS, pane(null, fiados)));
    }

    private Tab tab(ReportTable table, Node content) {
        Tab tab = new Tab(texts.get("reports.tab." + table.id()), content);
        tab.setClosable(false);
        tab.setId("tab-" + table.id());
        return tab;
    }

    private static VBox pane(XYChart<String, Number> chart, TableView<?> table) {
        VBox box = new VBox(8);
        if (chart != null) {
            box.getChildren().add(new HBox(chart));
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        box.getChildren().add(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    void show(SalesReport report) {
        days.setItems(FXCollections.observableList(report.byDay()));
        hours.setItems(FXCollections.observableList(report.byHour()));
        products.setItems(FXCollections.observableList(report.products()));
        taxes.setItems(FXCollections.observableList(report.taxes()));
        cashiers.setItems(FXCollections.observableList(report.cashiers()));
        fiados.setItems(FXCollections.observableList(report.fiados()));
        dayChart.getData().setAll(series(report.byDay().stream()
                .map(d -> new XYChart.Data<String, Number>(DAY.format(d.day()), pesos(d.net()))).toList()));
        hourChart.getData().setAll(series(report.byHour().stream().filter(h -> h.tickets() > 0 || !h.net().isZero())
                .map(h -> new XYChart.Data<String, Number>(ReportRows.hour(h.hour()), pesos(h.net()))).toList()));
        productChart.getData().setAll(series(report.products().stream().limit(10)
                .map(p -> new XYChart.Data<String, Number>(shorten(p.name()), pesos(p.net()))).toList()));
        cashierChart.getData().setAll(series(report.cashiers().stream()
                .map(c -> new XYChart.Data<String, Number>(c.name(), pesos(c.net()))).toList()));
    }

    private static XYChart.Series<String, Number> series(List<XYChart.Data<String, Number>> points) {
        return new XYChart.Series<>(FXCollections.observableArrayList(points));
    }

    private static double pesos(Money amount) {
        return amount.centavos() / 100.0;
    }

    private static String shorten(String name) {
        return name.length() <= 18 ? name : name.substring(0, 17) + "…";
    }
}
