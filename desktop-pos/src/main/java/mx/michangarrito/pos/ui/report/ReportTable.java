package mx.michangarrito.pos.ui.report;

/** The report's tables, each shown on its own tab and exportable to CSV. */
public enum ReportTable {
    DAYS("days"),
    HOURS("hours"),
    PRODUCTS("products"),
    TAXES("taxes"),
    CASHIERS("cashiers"),
    FIADOS("fiados");

    private final String id;

    ReportTable(String id) {
        this.id = id;
    }

    /** Short id for node ids, text keys ({@code reports.tab.<id>}) and file names. */
    public String id() {
        return id;
    }
}
