package mx.michangarrito.hardware.device;

/** The kinds of device a counter can have; each has its own small interface in its own package. */
public enum DeviceKind {
    /** An ESC/POS ticket printer. */
    RECEIPT_PRINTER,
    /** A cash drawer, usually kicked through the printer. */
    CASH_DRAWER,
    /** A barcode scanner: serial, keyboard wedge or webcam. */
    BARCODE_SCANNER,
    /** A scale that reports weight over a serial link. */
    SCALE,
    /** A pole display facing the customer. */
    CUSTOMER_DISPLAY,
    /** A card payment terminal. */
    CARD_TERMINAL
}
