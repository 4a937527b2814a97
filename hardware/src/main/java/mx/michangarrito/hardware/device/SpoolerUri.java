package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.MISSING_PRINTER_NAME;

import java.util.Objects;

/**
 * A print queue of the operating system (CUPS, Windows), printed to in RAW mode:
 * {@code spooler:EPSON TM-T20III Recibos}, {@code spooler:Impresora Caña}. Names may hold spaces and
 * accents; percent-escapes ({@code %20}) are also read. Write-only: the spooler gives no printer status.
 *
 * @param printerName the queue's name exactly as the operating system shows it, not blank
 */
public record SpoolerUri(String printerName) implements DeviceUri {

    /**
     * Checks the name.
     *
     * @throws InvalidDeviceUriException if the name is blank
     */
    public SpoolerUri {
        Objects.requireNonNull(printerName, "printerName");
        if (printerName.isBlank()) {
            throw new InvalidDeviceUriException(MISSING_PRINTER_NAME, printerName, printerName);
        }
    }

    /** @return {@code false}: a print queue only takes jobs, it never answers */
    @Override
    public boolean twoWay() {
        return false;
    }

    /** @return {@code spooler:<name>}, with {@code %}, control characters and edge spaces escaped */
    @Override
    public String toString() {
        return "spooler:" + UriText.encode(printerName, "");
    }
}
