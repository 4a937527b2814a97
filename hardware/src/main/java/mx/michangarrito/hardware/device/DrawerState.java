package mx.michangarrito.hardware.device;

/** Whether the cash drawer is open, as its sensor reports through the printer. */
public enum DrawerState {
    /** The drawer is open. */
    OPEN,
    /** The drawer is closed. */
    CLOSED,
    /** No sensor reading: the printer is write-only (OS spooler) or did not answer. */
    UNKNOWN
}
