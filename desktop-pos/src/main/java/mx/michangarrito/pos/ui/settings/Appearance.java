package mx.michangarrito.pos.ui.settings;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.shared.text.UserMessage;

/**
 * How the counter looks for the person using it: the letter size (for older eyes) as a style on the
 * window's root, so every text that is not sized on its own grows, and an optional high-contrast
 * stylesheet. Also the language setting, read at start.
 *
 * @param fontSize     the letter size
 * @param highContrast whether the high-contrast stylesheet is on
 */
public record Appearance(FontSize fontSize, boolean highContrast) {

    /** The setting with the language of the screens ({@code es} or {@code en}), applied at the next start. */
    public static final String LANGUAGE = "ui.language";
    /** The setting with the letter size ({@link FontSize} name). */
    public static final String FONT_SIZE = "ui.font-size";
    /** The setting that turns the high-contrast theme on ({@code true}/{@code false}). */
    public static final String HIGH_CONTRAST = "ui.high-contrast";
    static final String HIGH_CONTRAST_CSS = "high-contrast.css";

    /** Letter sizes; the base size of the root, in pixels. */
    public enum FontSize {
        NORMAL(17), LARGE(21), EXTRA_LARGE(26);

        private final int pixels;

        FontSize(int pixels) {
            this.pixels = pixels;
        }

        public int pixels() {
            return pixels;
        }

        /** The next size, back to NORMAL after EXTRA_LARGE. */
        public FontSize next() {
            return values()[(ordinal() + 1) % values().length];
        }

        public String textKey() {
            return "settings.font." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static FontSize parse(Optional<String> stored) {
            try {
                return stored.map(FontSize::valueOf).orElse(NORMAL);
            } catch (IllegalArgumentException e) {
                return NORMAL;
            }
        }
    }

    public static final Appearance DEFAULT = new Appearance(FontSize.NORMAL, false);

    /** The appearance from stored settings; anything unreadable is the default. */
    public static Appearance of(Optional<String> fontSize, Optional<String> highContrast) {
        return new Appearance(FontSize.parse(fontSize), highContrast.map(Boolean::parseBoolean).orElse(false));
    }

    /** Applies this appearance to the window's root now. */
    public void applyTo(Parent root) {
        root.setStyle("-fx-font-size: " + fontSize.pixels() + "px;");
        String css = Shell.class.getResource(HIGH_CONTRAST_CSS).toExternalForm();
        root.getStylesheets().remove(css);
        if (highContrast) {
            root.getStylesheets().add(css);
        }
    }

    /** The locale of the stored language setting: English for {@code en…}, Spanish (Mexico) otherwise. */
    public static Locale locale(Optional<String> language) {
        return language.filter(l -> l.toLowerCase(Locale.ROOT).startsWith("en")).map(l -> Locale.ENGLISH)
                .orElse(UserMessage.ES_MX);
    }
}
