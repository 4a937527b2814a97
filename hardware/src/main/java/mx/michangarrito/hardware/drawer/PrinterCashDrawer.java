package mx.michangarrito.hardware.drawer;

import java.lang.System.Logger.Level;
import java.util.Optional;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceState;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.device.PrinterStatus;
import mx.michangarrito.hardware.printer.PrinterSettings;
import mx.michangarrito.hardware.printer.ReceiptPrinter;
import mx.michangarrito.hardware.receipt.DrawerPin;
import mx.michangarrito.hardware.receipt.DrawerPulse;
import mx.michangarrito.hardware.receipt.EscPosRenderer;

/**
 * A drawer plugged into the printer's drawer kick-out connector. It is kicked directly, not through
 * the print queue, so a cash sale opens the drawer even while tickets wait for paper: an online
 * printer gets {@code ESC p m t1 t2}; an offline one the real-time {@code DLE DC4 1 m t}, which
 * printers execute even while stopped. Pin, pulse times and sensor polarity come from the printer's
 * settings. A printer not started yet (off when the app started) is started first.
 */
public final class PrinterCashDrawer implements CashDrawer {

    private static final System.Logger LOG = System.getLogger(PrinterCashDrawer.class.getName());

    private final ReceiptPrinter printer;

    /**
     * A drawer on a printer.
     *
     * @param printer the printer it is plugged into
     */
    public PrinterCashDrawer(ReceiptPrinter printer) {
        this.printer = printer;
    }

    @Override
    public DrawerOutcome kick() {
        DrawerPulse pulse = printer.settings().profile().drawerPulse();
        try {
            startIfNeeded();
            Optional<PrinterStatus> status = printer.readStatus();
            if (status.isEmpty() || status.get().online()) {
                printer.send(EscPosRenderer.drawerPulse(pulse));
                return DrawerOutcome.PULSED;
            }
            printer.send(realTimePulse(pulse));
            return DrawerOutcome.PULSED_REAL_TIME;
        } catch (DeviceException e) {
            LOG.log(Level.WARNING, () -> "Could not open the drawer on " + printer.name() + ": " + e.getMessage());
            return DrawerOutcome.FAILED;
        }
    }

    @Override
    public DrawerState state() {
        try {
            startIfNeeded();
            return printer.readStatus().map(status -> status.drawer(printer.settings().drawerPolarity()))
                    .orElse(DrawerState.UNKNOWN);
        } catch (DeviceException e) {
            return DrawerState.UNKNOWN;
        }
    }

    /** A printer that was off when the app started gets its link now. */
    private void startIfNeeded() {
        if (printer.state() != DeviceState.ENABLED) {
            printer.start(PrinterSettings.CONNECT_TIMEOUT);
        }
    }

    /**
     * The real-time pulse {@code DLE DC4 1 m t}: m 0 for pin 2, 1 for pin 5; t the on time in 100 ms.
     *
     * @param pulse pin and on time
     * @return five bytes
     */
    public static byte[] realTimePulse(DrawerPulse pulse) {
        return new byte[] {0x10, 0x14, 0x01, (byte) (pulse.pin() == DrawerPin.PIN_2 ? 0 : 1), (byte) pulse.realTimeUnits()};
    }
}
