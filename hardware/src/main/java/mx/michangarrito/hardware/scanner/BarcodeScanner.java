package mx.michangarrito.hardware.scanner;

import mx.michangarrito.hardware.device.Device;

/**
 * A barcode scanner: once enabled it sends {@link mx.michangarrito.hardware.device.BarcodeScanned} for
 * each whole code and {@link mx.michangarrito.hardware.device.ScanRejected} for input that is not one.
 * A scanner has no commands: everything it does arrives as events.
 */
public interface BarcodeScanner extends Device {
}
