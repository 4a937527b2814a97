package mx.michangarrito.pos.ui.report;

import java.util.List;
import mx.michangarrito.pos.fiado.AgingRow;
import mx.michangarrito.pos.report.SalesReport;
import mx.michangarrito.pos.ui.Texts;

/** The report's tables as CSV: titles from the bundle, money as plain pesos (1234.50), ISO dates. */
final class ReportRows {

    private ReportRows() {
    }

    static List<String> header(ReportTable table, Texts texts) {
        String keys = switch (table) {
            case DAYS -> "day tickets net";
            case HOURS -> "hour tickets net";
            case PRODUCTS -> "product quantity net base cost margin";
            case TAXES -> "tax rate base amount";
            case CASHIERS -> "cashier tickets net";
            case FIADOS -> "customer balance up30 up60 over60 since";
        };
        return java.util.Arrays.stream(keys.split(" ")).map(k -> texts.get("reports.col." + k)).toList();
    }

    static List<List<String>> csv(ReportTable table, SalesReport report) {
        return switch (table) {
            case DAYS -> report.byDay().stream().map(d -> List.of(d.day().toString(), String.valueOf(d.tickets()),
                    ReportsViewModel.plain(d.net()))).toList();
            case HOURS -> report.byHour().stream().map(h -> List.of(hour(h.hour()), String.valueOf(h.tickets()),
                    ReportsViewModel.plain(h.net()))).toList();
            case PRODUCTS -> report.products().stream().map(p -> List.of(p.name(), ReportsViewModel.plain(p.quantity()),
                    ReportsViewModel.plain(p.net()), ReportsViewModel.plain(p.base()),
                    p.hasCost() ? ReportsViewModel.plain(p.unitCost()) : "",
                    p.hasCost() ? ReportsViewModel.plain(p.margin()) : "")).toList();
            case TAXES -> report.taxes().stream().map(t -> List.of(t.kind(), rate(t), ReportsViewModel.plain(t.base()),
                    ReportsViewModel.plain(t.tax()))).toList();
            case CASHIERS -> report.cashiers().stream().map(c -> List.of(c.name(), String.valueOf(c.tickets()),
                    ReportsViewModel.plain(c.net()))).toList();
            case FIADOS -> report.fiados().stream().map(ReportRows::fiado).toList();
        };
    }

    private static List<String> fiado(AgingRow a) {
        return List.of(a.customer().name(), ReportsViewModel.plain(a.balance()), ReportsViewModel.plain(a.upTo30Days()),
                ReportsViewModel.plain(a.days31To60()), ReportsViewModel.plain(a.over60Days()), a.owedSince().toString());
    }

    /** "09:00" for hour 9. */
    static String hour(int hour) {
        return String.format(java.util.Locale.ROOT, "%02d:00", hour);
    }

    /** "16%", "0%", "exento" style codes: IVA rates by their number, IEPS by its percent. */
    static String rate(SalesReport.TaxRow row) {
        if (row.kind().equals("IEPS")) {
            return row.rate() + "%";
        }
        return switch (row.rate()) {
            case "IVA_16" -> "16%";
            case "IVA_8" -> "8%";
            case "IVA_0" -> "0%";
            default -> "EXENTO";
        };
    }
}
