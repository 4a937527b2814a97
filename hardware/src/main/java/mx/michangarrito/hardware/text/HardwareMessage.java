package mx.michangarrito.hardware.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message a person may read (a cashier, an owner), kept as a bundle key plus arguments so the app
 * shows it in the user's language. Spanish (es-MX) is the default bundle; English is {@code _en}.
 *
 * <p>The hardware module depends on no other module of ours, so this is its own small twin of the
 * shared {@code UserMessage}: same fields, same lookup rules, so an app can map one onto the other.
 *
 * @param bundle base name of the resource bundle that holds {@code key}
 * @param key    the message key inside that bundle
 * @param args   {@link MessageFormat} arguments; one that is itself a {@code HardwareMessage} is formatted
 *               in the same language as the whole message
 */
public record HardwareMessage(String bundle, String key, List<Object> args) {

    /** Spanish as spoken in Mexico: the default language of every message. */
    public static final Locale ES_MX = Locale.of("es", "MX");

    /** Checks the parts and copies the arguments. */
    public HardwareMessage {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /**
     * A message with the given arguments.
     *
     * @param bundle base name of the resource bundle
     * @param key    the message key
     * @param args   {@link MessageFormat} arguments, none of them null; an argument that is itself a
     *               message is put in the same language (e.g. the kind of device)
     * @return the message
     */
    public static HardwareMessage of(String bundle, String key, Object... args) {
        return new HardwareMessage(bundle, key, List.of(args));
    }

    /**
     * The text in {@code locale}, falling back to Spanish (never to the JVM's default locale).
     *
     * @param locale the reader's language
     * @return the formatted text; the bare key if the bundle lacks it
     */
    public String format(Locale locale) {
        try {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] values = args.stream()
                    .map(arg -> arg instanceof HardwareMessage part ? part.format(locale) : arg).toArray();
            return new MessageFormat(texts.getString(key), locale).format(values);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The text in Spanish (es-MX), as the counter shows it by default.
     *
     * @return the formatted Spanish text
     */
    public String spanish() {
        return format(ES_MX);
    }
}
