package mx.michangarrito.hardware.device;

/** The outcome of a health check, from best to worst; {@link #UNKNOWN} when the link cannot tell. */
public enum DeviceHealth {
    /** The device answered and is ready. */
    OK,
    /** The device works but needs attention soon, e.g. paper near its end. */
    WARNING,
    /** The device cannot work now, e.g. offline, paper out, cover open, port missing. */
    FAILED,
    /** The link is write-only (OS spooler) or the device was never reached. */
    UNKNOWN
}
