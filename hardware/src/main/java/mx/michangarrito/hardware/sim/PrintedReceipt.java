package mx.michangarrito.hardware.sim;

import java.util.List;

/**
 * A piece of paper the virtual printer produced: everything printed up to a cut (or, for the piece
 * still on the printer, up to now).
 *
 * @param items what is on it, top to bottom
 * @param cut   whether it was cut off ({@code GS V})
 */
public record PrintedReceipt(List<PrintedItem> items, boolean cut) {

    /** Copies the items. */
    public PrintedReceipt {
        items = List.copyOf(items);
    }

    /** @return the text lines only, in order */
    public List<String> lines() {
        return items.stream().filter(PrintedItem.Line.class::isInstance).map(item -> ((PrintedItem.Line) item).text()).toList();
    }

    /** @return the text lines joined with {@code \n} */
    public String text() {
        return String.join("\n", lines());
    }

    /** @return the printed line objects */
    public List<PrintedItem.Line> styledLines() {
        return items.stream().filter(PrintedItem.Line.class::isInstance).map(PrintedItem.Line.class::cast).toList();
    }

    /** @return the barcodes' data */
    public List<String> barcodes() {
        return items.stream().filter(PrintedItem.Barcode.class::isInstance).map(item -> ((PrintedItem.Barcode) item).data()).toList();
    }

    /** @return the QR payloads */
    public List<String> qrCodes() {
        return items.stream().filter(PrintedItem.QrCode.class::isInstance).map(item -> ((PrintedItem.QrCode) item).data()).toList();
    }
}
