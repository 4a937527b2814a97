package mx.michangarrito.shared.sync;

/**
 * A shop-wide setting. Only names starting with {@link #SHOP_PREFIX} travel: a terminal's own settings
 * (its code, its pairing, its devices) are never the cloud's to change.
 *
 * @param name  the setting's name, e.g. {@code shop.zone}
 * @param value its value as text
 */
public record SettingState(String name, String value) implements CloudChange {

    /** The kind name. */
    public static final String KIND = "setting";
    /** The prefix of every shop-wide setting. */
    public static final String SHOP_PREFIX = "shop.";

    @Override
    public String entity() {
        return KIND;
    }

    @Override
    public String key() {
        return name;
    }
}
