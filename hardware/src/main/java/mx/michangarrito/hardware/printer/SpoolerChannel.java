package mx.michangarrito.hardware.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import mx.michangarrito.hardware.device.SpoolerUri;

/**
 * A print queue of the operating system (CUPS raw queue, Windows printer with the RAW datatype),
 * sent bytes through javax.print. Write-only: the spooler gives no printer status.
 */
final class SpoolerChannel implements PrinterChannel {

    private static final DocFlavor RAW = DocFlavor.BYTE_ARRAY.AUTOSENSE;

    private final PrintService service;

    private SpoolerChannel(PrintService service) {
        this.service = service;
    }

    static SpoolerChannel open(SpoolerUri uri) throws IOException {
        List<PrintService> services = Arrays.asList(PrintServiceLookup.lookupPrintServices(RAW, null));
        return services.stream().filter(service -> service.getName().equals(uri.printerName())).findFirst()
                .or(() -> services.stream().filter(service -> service.getName().equalsIgnoreCase(uri.printerName())).findFirst())
                .map(SpoolerChannel::new)
                .orElseThrow(() -> new PrinterNotFoundException(uri.printerName(),
                        services.stream().map(PrintService::getName).toList()));
    }

    /**
     * The names of the OS print queues that take raw bytes.
     *
     * @return the names, possibly none
     */
    static List<String> printerNames() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(RAW, null)).map(PrintService::getName).toList();
    }

    @Override
    public boolean twoWay() {
        return false;
    }

    @Override
    public void send(byte[] bytes) throws IOException {
        DocPrintJob job = service.createPrintJob();
        HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName("MiChangarrito", null));
        try {
            job.print(new SimpleDoc(bytes, RAW, null), attributes);
        } catch (PrintException e) {
            throw new IOException("The print spooler refused the job for " + service.getName(), e);
        }
    }

    @Override
    public int query(int n, Duration timeout) {
        throw new UnsupportedOperationException("The OS spooler is write-only");
    }

    @Override
    public void close() {
        // nothing held: each job opens its own spooler connection
    }

    /** No OS print queue has the configured name. */
    static final class PrinterNotFoundException extends IOException {
        private static final long serialVersionUID = 1L;

        PrinterNotFoundException(String name, List<String> available) {
            super("No OS printer named \"" + name + "\"; available: " + available);
        }
    }
}
