package mx.michangarrito.hardware.receipt;

/** The drawer kick-out connector pin a drawer is wired to ({@code ESC p m}). */
public enum DrawerPin {
    /** Pin 2, where nearly every drawer is wired: {@code m = 0x30}. */
    PIN_2(0x30),
    /** Pin 5, the second drawer: {@code m = 0x31}. */
    PIN_5(0x31);

    private final int escPosCode;

    DrawerPin(int escPosCode) {
        this.escPosCode = escPosCode;
    }

    /** @return m in {@code ESC p m t1 t2} */
    public int escPosCode() {
        return escPosCode;
    }
}
