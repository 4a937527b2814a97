package mx.michangarrito.hardware.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.ServiceUIFactory;
import javax.print.attribute.Attribute;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.HashPrintJobAttributeSet;
import javax.print.attribute.HashPrintServiceAttributeSet;
import javax.print.attribute.PrintJobAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.PrintServiceAttributeSet;
import javax.print.event.PrintJobAttributeListener;
import javax.print.event.PrintJobListener;
import javax.print.event.PrintServiceAttributeListener;
import mx.michangarrito.hardware.sim.VirtualPrinter;

/**
 * An OS print queue taking raw bytes, registered with javax.print under a unique name, that hands
 * each job to a virtual printer: the spooler path end to end without CUPS or Windows. It can also
 * refuse jobs, as a paused or deleted queue does.
 */
public final class FakeSpoolerQueue implements PrintService {

    private final String name;
    private final VirtualPrinter printer;
    private final List<byte[]> jobs = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    private FakeSpoolerQueue(String name, VirtualPrinter printer) {
        this.name = name;
        this.printer = printer;
    }

    /**
     * Registers a queue.
     *
     * @param name    its name, unique per test (registrations last for the JVM)
     * @param printer where its jobs go
     * @return the queue
     */
    public static FakeSpoolerQueue register(String name, VirtualPrinter printer) {
        FakeSpoolerQueue queue = new FakeSpoolerQueue(name, printer);
        if (!PrintServiceLookup.registerService(queue)) {
            throw new IllegalStateException("javax.print refused to register " + name);
        }
        return queue;
    }

    /** @param value whether jobs are refused from now on */
    public void refusing(boolean value) {
        refusing = value;
    }

    /** @return the raw jobs received */
    public List<byte[]> jobs() {
        return List.copyOf(jobs);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public DocPrintJob createPrintJob() {
        return new Job();
    }

    @Override
    public DocFlavor[] getSupportedDocFlavors() {
        return new DocFlavor[] {DocFlavor.BYTE_ARRAY.AUTOSENSE};
    }

    @Override
    public boolean isDocFlavorSupported(DocFlavor flavor) {
        return DocFlavor.BYTE_ARRAY.AUTOSENSE.equals(flavor);
    }

    @Override
    public void addPrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public void removePrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public PrintServiceAttributeSet getAttributes() {
        return new HashPrintServiceAttributeSet();
    }

    @Override
    public <T extends PrintServiceAttribute> T getAttribute(Class<T> category) {
        return null;
    }

    @Override
    public Class<?>[] getSupportedAttributeCategories() {
        return new Class<?>[0];
    }

    @Override
    public boolean isAttributeCategorySupported(Class<? extends Attribute> category) {
        return false;
    }

    @Override
    public Object getDefaultAttributeValue(Class<? extends Attribute> category) {
        return null;
    }

    @Override
    public Object getSupportedAttributeValues(Class<? extends Attribute> category, DocFlavor flavor, AttributeSet attributes) {
        return null;
    }

    @Override
    public boolean isAttributeValueSupported(Attribute attribute, DocFlavor flavor, AttributeSet attributes) {
        return true;
    }

    @Override
    public AttributeSet getUnsupportedAttributes(DocFlavor flavor, AttributeSet attributes) {
        return null; // javax.print lists a registered service only if nothing asked for is unsupported
    }

    @Override
    public ServiceUIFactory getServiceUIFactory() {
        return null;
    }

    /** One job: its bytes go to the virtual printer as a spooler would pass them on. */
    private final class Job implements DocPrintJob {

        @Override
        public PrintService getPrintService() {
            return FakeSpoolerQueue.this;
        }

        @Override
        public PrintJobAttributeSet getAttributes() {
            return new HashPrintJobAttributeSet();
        }

        @Override
        public void addPrintJobListener(PrintJobListener listener) {
        }

        @Override
        public void removePrintJobListener(PrintJobListener listener) {
        }

        @Override
        public void addPrintJobAttributeListener(PrintJobAttributeListener listener, PrintJobAttributeSet attributes) {
        }

        @Override
        public void removePrintJobAttributeListener(PrintJobAttributeListener listener) {
        }

        @Override
        public void print(Doc doc, PrintRequestAttributeSet attributes) throws PrintException {
            if (refusing) {
                throw new PrintException("queue " + name + " is paused");
            }
            try {
                byte[] bytes = (byte[]) doc.getPrintData();
                jobs.add(bytes);
                printer.serve(new ByteArrayInputStream(bytes), new ByteArrayOutputStream());
            } catch (IOException e) {
                throw new PrintException(e);
            }
        }
    }
}
