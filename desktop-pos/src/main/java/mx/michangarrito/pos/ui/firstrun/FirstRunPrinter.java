package mx.michangarrito.pos.ui.firstrun;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.device.PrinterFeed;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.PrinterSwitch;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.UiTrace;

/**
 * The first run's printer choice: the printers this PC sees, the virtual printer of demo mode, or none;
 * a test print on the chosen one (in demo mode its picture is shown); the choice is saved as
 * {@code device.printer} and the counter prints on it from now on.
 */
public final class FirstRunPrinter {

    private final PrinterSwitch printers;
    private final Texts texts;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>(PrinterSwitch.SIMULATOR);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<byte[]> preview = new ReadOnlyObjectWrapper<>();

    public FirstRunPrinter(PrinterSwitch printers, Texts texts) {
        this.printers = Objects.requireNonNull(printers, "printers");
        this.texts = Objects.requireNonNull(texts, "texts");
        choices.setAll(printers.choices());
    }

    /** Addresses: {@code sim:} first, the detected printers, {@code none} last. */
    public ObservableList<String> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    /** How an address reads to the owner. */
    public String describe(String address) {
        if (PrinterSwitch.SIMULATOR.equals(address)) {
            return texts.get("firstrun.printer.sim");
        }
        if (PrinterSwitch.NONE.equals(address)) {
            return texts.get("firstrun.printer.none");
        }
        return address;
    }

    public ObjectProperty<String> chosenProperty() {
        return chosen;
    }

    /** What the test print came to: printing, a problem (saying what to do), or printed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Demo mode: the picture of the test ticket the virtual printer printed. */
    public ReadOnlyObjectProperty<byte[]> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Prints the test ticket on the chosen printer (which the counter uses from now on). */
    public void testPrint() {
        String address = chosen.get();
        if (address == null || PrinterSwitch.NONE.equals(address)) {
            message.set(texts.get("firstrun.printer.nothing-to-test"));
            return;
        }
        try {
            PrinterOutput output = printers.use(address).orElseThrow();
            output.feedTo(feed());
            message.set(texts.get("firstrun.printer.printing"));
            output.printTest(texts.get("firstrun.printer.test-title"));
        } catch (RuntimeException e) {
            message.set(texts.get("firstrun.printer.bad", address));
        }
    }

    /** Saves the choice and prints on it from now on; a printer that cannot be opened is saved all the same. */
    void save(Settings settings) {
        String address = chosen.get() == null ? PrinterSwitch.SIMULATOR : chosen.get();
        settings.put(PrinterOutput.PRINTER_SETTING, address);
        try {
            printers.use(address).ifPresent(output -> output.feedTo(null));
        } catch (RuntimeException e) {
            System.getLogger(FirstRunPrinter.class.getName()).log(System.Logger.Level.WARNING,
                    "the chosen printer did not open", e);
        }
    }

    private PrinterFeed feed() {
        return new PrinterFeed() {
            @Override
            public void problem(String text) {
                message.set(text);
            }

            @Override
            public void ready() {
                if (!texts.get("firstrun.printer.printing").equals(message.get())) {
                    return;
                }
                message.set(texts.get("firstrun.printer.printed"));
                UiTrace.line("printer test printed");
            }

            @Override
            public void printed(byte[] previewPng) {
                preview.set(previewPng);
                message.set(texts.get("firstrun.printer.printed"));
                UiTrace.line("printer test printed");
            }

            @Override
            public void noPrinter(int waiting) {
                if (waiting > 0) {
                    message.set(texts.get("printer.waiting-none", waiting));
                }
            }
        };
    }
}
