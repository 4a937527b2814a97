package mx.michangarrito.hardware.receipt;

/** What the printer's cutter does: printers differ, so it is part of the profile. */
public enum CutMode {
    /** Cut the paper through ({@code GS V 0x30}). */
    FULL,
    /** Leave a hinge ({@code GS V 0x31}). */
    PARTIAL,
    /** No cutter: only feed the paper out to tear it. */
    NONE
}
