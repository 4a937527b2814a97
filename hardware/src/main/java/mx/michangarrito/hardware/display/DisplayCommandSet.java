package mx.michangarrito.hardware.display;

import java.io.ByteArrayOutputStream;

/**
 * The command sets of 2×20 customer pole displays (PROTOCOLS.md, "Customer pole displays"). Lines
 * are always written whole, 20 characters padded, so nothing of the previous text stays behind.
 */
public enum DisplayCommandSet {
    /** Epson DM-D: {@code ESC @} init, {@code FF} clear, {@code US $ x y} cursor, {@code US X n} brightness. */
    EPSON_DM_D,
    /** CD5220: {@code ESC Q A <20> CR} upper line, {@code ESC Q B <20> CR} lower line. */
    CD5220;

    /** Characters per line. */
    public static final int COLUMNS = 20;

    /**
     * What to send once after opening the port: initialise and clear.
     *
     * @return {@code 1B 40 0C}
     */
    public byte[] init() {
        return new byte[] {0x1B, 0x40, 0x0C};
    }

    /**
     * Writes both lines.
     *
     * @param upper exactly 20 bytes
     * @param lower exactly 20 bytes
     * @return the command bytes
     * @throws IllegalArgumentException if a line is not 20 bytes
     */
    public byte[] lines(byte[] upper, byte[] lower) {
        if (upper.length != COLUMNS || lower.length != COLUMNS) {
            throw new IllegalArgumentException("Each display line is " + COLUMNS + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (this) {
            case EPSON_DM_D -> {
                out.writeBytes(new byte[] {0x1F, 0x24, 1, 1});
                out.writeBytes(upper);
                out.writeBytes(new byte[] {0x1F, 0x24, 1, 2});
                out.writeBytes(lower);
            }
            case CD5220 -> {
                out.writeBytes(new byte[] {0x1B, 0x51, 0x41});
                out.writeBytes(upper);
                out.write(0x0D);
                out.writeBytes(new byte[] {0x1B, 0x51, 0x42});
                out.writeBytes(lower);
                out.write(0x0D);
            }
        }
        return out.toByteArray();
    }

    /**
     * The brightness command, where the command set has one.
     *
     * @param level 1 (dimmest) to 4 (brightest)
     * @return {@code US X n} for DM-D; empty for CD5220, which has none in common use
     * @throws IllegalArgumentException if the level is out of range
     */
    public java.util.Optional<byte[]> brightness(int level) {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("Brightness is 1 to 4: " + level);
        }
        return this == EPSON_DM_D ? java.util.Optional.of(new byte[] {0x1F, 0x58, (byte) level}) : java.util.Optional.empty();
    }

    /**
     * Parses the setting's spelling.
     *
     * @param name {@code dmd}, {@code epson}, {@code esc/pos} or {@code cd5220}, any case
     * @return the command set
     * @throws IllegalArgumentException for anything else
     */
    public static DisplayCommandSet parse(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "dmd", "dm-d", "epson", "epson_dm_d", "esc/pos" -> EPSON_DM_D;
            case "cd5220" -> CD5220;
            default -> throw new IllegalArgumentException("Unknown display command set \"" + name + "\"; use dmd or cd5220");
        };
    }
}
