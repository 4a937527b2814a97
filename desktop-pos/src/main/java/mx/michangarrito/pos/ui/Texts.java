package mx.michangarrito.pos.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.InvalidDeviceUriException;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.money.InvalidAmountException;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;
import mx.michangarrito.shared.text.UserMessage;

/**
 * The counter's words in one language: screen texts from the ui bundle, service errors from their own
 * bundles, money as {@code $1,234.50}. Spanish (es-MX) unless the person chose English.
 */
public final class Texts {

    public static final String BUNDLE = "mx.michangarrito.pos.ui.messages";
    private static final System.Logger LOG = System.getLogger(Texts.class.getName());

    private final Locale locale;
    private final ResourceBundle bundle;

    public Texts(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Spanish as spoken in Mexico, the counter's default. */
    public static Texts spanish() {
        return new Texts(UserMessage.ES_MX);
    }

    public Locale locale() {
        return locale;
    }

    /** The text under {@code key} with its arguments filled in. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            LOG.log(System.Logger.Level.WARNING, "missing text " + key);
            return key;
        }
    }

    public String money(Money amount) {
        return MoneyFormat.format(amount);
    }

    /**
     * What to tell the person about a failure: the service's or device's own message when it has one,
     * otherwise a general "nothing was lost" text (the technical detail goes to the log).
     */
    public String error(Throwable failure) {
        return explained(failure).orElseGet(() -> {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure at the counter", failure);
            return get("error.unexpected");
        });
    }

    /**
     * The failure's own message in this language, when it has one: the counter's services, money input,
     * and the device drivers and addresses; empty for anything else (whose technical text is not for people).
     */
    public Optional<String> explained(Throwable failure) {
        return Optional.ofNullable(switch (failure) {
            case PosException e -> e.userMessage().format(locale);
            case InvalidAmountException e -> e.userMessage().format(locale);
            case DeviceException e -> e.userMessage().format(locale);
            case InvalidDeviceUriException e -> e.userMessage().format(locale);
            case null, default -> null;
        });
    }
}
