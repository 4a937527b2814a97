package mx.michangarrito.hardware.receipt;

import java.util.Objects;

/**
 * What the renderer must know about one printer: a per-printer setting, because cheap clones differ.
 *
 * @param columns         characters per line in font A: 32 for 58 mm, 48 for 80 mm at 203 dpi, 42 for
 *                        80 mm at 180 dpi
 * @param fontBColumns    characters per line in font B: 42 for 58 mm, 64 for 80 mm at 203 dpi, 56 at 180 dpi
 * @param dotsPerLine     printable dots per line (logos wider than this are refused): 384 for 58 mm,
 *                        576 for 80 mm at 203 dpi, 512 at 180 dpi
 * @param codeTable       the table the text is encoded in
 * @param codeTableNumber n in {@code ESC t n} for that table on this printer (Star: 4 for CP858)
 * @param cut             what the cutter does
 * @param feedBeforeCut   lines fed before cutting so the last line passes the blade, 0 to 255
 * @param drawerPulse     how to kick the drawer
 * @param chineseModeOff  send {@code FS .} after {@code ESC @}: many Chinese clones start in Chinese
 *                        (Kanji) mode, where every byte above 0x7F pairs with the next into a Chinese
 *                        character, so ñ and accents print as Chinese; off by default because printers
 *                        without Chinese mode may not expect the command
 */
public record ReceiptProfile(int columns, int fontBColumns, int dotsPerLine, CodeTable codeTable, int codeTableNumber,
        CutMode cut, int feedBeforeCut, DrawerPulse drawerPulse, boolean chineseModeOff) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a number is out of range
     */
    public ReceiptProfile {
        Objects.requireNonNull(codeTable, "codeTable");
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(drawerPulse, "drawerPulse");
        if (columns < 16 || columns > 80 || fontBColumns < columns || fontBColumns > 120) {
            throw new IllegalArgumentException("Columns must be 16 to 80, font B at least as many (up to 120): "
                    + columns + "/" + fontBColumns);
        }
        if (dotsPerLine < 8 || dotsPerLine > 2048) {
            throw new IllegalArgumentException("Dots per line must be 8 to 2048: " + dotsPerLine);
        }
        if (codeTableNumber < 0 || codeTableNumber > 255 || feedBeforeCut < 0 || feedBeforeCut > 255) {
            throw new IllegalArgumentException("Code table number and feed must be 0 to 255");
        }
    }

    /**
     * The usual profile of a paper width at 203 dpi: CP858, full cut after 4 lines, the default drawer pulse.
     *
     * @param paperMillimetres 58 or 80
     * @return 32/42 columns and 384 dots for 58 mm, 48/64 and 576 for 80 mm
     * @throws IllegalArgumentException for another width
     */
    public static ReceiptProfile forPaper(int paperMillimetres) {
        return switch (paperMillimetres) {
            case 58 -> new ReceiptProfile(32, 42, 384, CodeTable.CP858, CodeTable.CP858.escPosNumber(), CutMode.FULL, 4, DrawerPulse.DEFAULT, false);
            case 80 -> new ReceiptProfile(48, 64, 576, CodeTable.CP858, CodeTable.CP858.escPosNumber(), CutMode.FULL, 4, DrawerPulse.DEFAULT, false);
            default -> throw new IllegalArgumentException("Paper is 58 or 80 mm wide: " + paperMillimetres);
        };
    }

    /**
     * This profile with another code table, at its usual number.
     *
     * @param table the table
     * @return the profile
     */
    public ReceiptProfile withCodeTable(CodeTable table) {
        return new ReceiptProfile(columns, fontBColumns, dotsPerLine, table, table.escPosNumber(), cut, feedBeforeCut, drawerPulse, chineseModeOff);
    }

    /**
     * This profile with other column counts and width, e.g. 42/56 columns on 512 dots for an 80 mm
     * printer at 180 dpi.
     *
     * @param fontA  characters per line in font A
     * @param fontB  characters per line in font B
     * @param dots   printable dots per line
     * @return the profile
     */
    public ReceiptProfile withColumns(int fontA, int fontB, int dots) {
        return new ReceiptProfile(fontA, fontB, dots, codeTable, codeTableNumber, cut, feedBeforeCut, drawerPulse, chineseModeOff);
    }

    /**
     * This profile with another cutter.
     *
     * @param newCut what the cutter does
     * @return the profile
     */
    public ReceiptProfile withCut(CutMode newCut) {
        return new ReceiptProfile(columns, fontBColumns, dotsPerLine, codeTable, codeTableNumber, newCut, feedBeforeCut, drawerPulse, chineseModeOff);
    }

    /**
     * This profile with another drawer pulse.
     *
     * @param pulse how to kick the drawer
     * @return the profile
     */
    public ReceiptProfile withDrawerPulse(DrawerPulse pulse) {
        return new ReceiptProfile(columns, fontBColumns, dotsPerLine, codeTable, codeTableNumber, cut, feedBeforeCut, pulse, chineseModeOff);
    }

    /**
     * This profile sending (or not) {@code FS .} to leave Chinese mode.
     *
     * @param off whether to send it
     * @return the profile
     */
    public ReceiptProfile withChineseModeOff(boolean off) {
        return new ReceiptProfile(columns, fontBColumns, dotsPerLine, codeTable, codeTableNumber, cut, feedBeforeCut,
                drawerPulse, off);
    }

    /**
     * Characters per line in a font.
     *
     * @param font the font
     * @return {@link #columns()} or {@link #fontBColumns()}
     */
    public int columns(CharacterFont font) {
        return font == CharacterFont.B ? fontBColumns : columns;
    }
}
