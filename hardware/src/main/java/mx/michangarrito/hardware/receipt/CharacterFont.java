package mx.michangarrito.hardware.receipt;

/** The printer's built-in fonts ({@code ESC M n}); font B is narrower, so a line holds more characters. */
public enum CharacterFont {
    /** Font A, 12×24 dots: 32 columns on 58 mm, 48 on 80 mm. The default. */
    A,
    /** Font B, 9×17 dots: 42 columns on 58 mm, 64 on 80 mm; for fine print such as legal notes. */
    B
}
