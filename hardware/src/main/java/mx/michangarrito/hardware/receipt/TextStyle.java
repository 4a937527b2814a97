package mx.michangarrito.hardware.receipt;

import java.util.Objects;

/**
 * How a line of text looks.
 *
 * @param bold      emphasised ({@code ESC E 1})
 * @param underline underlined, one dot thick
 * @param size      character magnification
 * @param alignment where the line sits
 * @param font      font A (normal) or the narrower font B
 */
public record TextStyle(boolean bold, boolean underline, TextSize size, Alignment alignment, CharacterFont font) {

    /** Plain font A, normal size, flush left. */
    public static final TextStyle NORMAL = new TextStyle(false, false, TextSize.NORMAL, Alignment.LEFT, CharacterFont.A);

    /** Checks that no part is missing. */
    public TextStyle {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(font, "font");
    }

    /** @return this style, bold */
    public TextStyle bolded() {
        return new TextStyle(true, underline, size, alignment, font);
    }

    /** @return this style, underlined */
    public TextStyle underlined() {
        return new TextStyle(bold, true, size, alignment, font);
    }

    /**
     * @param newSize the magnification
     * @return this style at that size
     */
    public TextStyle sized(TextSize newSize) {
        return new TextStyle(bold, underline, newSize, alignment, font);
    }

    /**
     * @param newAlignment where the line sits
     * @return this style, aligned so
     */
    public TextStyle aligned(Alignment newAlignment) {
        return new TextStyle(bold, underline, size, newAlignment, font);
    }

    /** @return this style in the narrow font B */
    public TextStyle small() {
        return new TextStyle(bold, underline, size, alignment, CharacterFont.B);
    }
}
