package mx.michangarrito.pos.receipt;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.pos.settings.Settings;

/**
 * What a ticket says about the shop, from the terminal's settings: name, address, RFC, the owner's
 * header and footer lines, the shop's time zone, and whether a cash sale opens the drawer.
 *
 * @param shopName    printed big on top
 * @param address     one or more lines ({@code \n}), empty if not set
 * @param rfc         the shop's RFC, empty if not set
 * @param header      the owner's lines under the shop's data (e.g. a slogan), empty if not set
 * @param footer      the owner's closing lines (e.g. "Gracias por su compra"), empty if not set
 * @param zone        the shop's zone, for the date and time printed
 * @param drawerOnCash whether a sale paid (partly) in cash opens the drawer
 */
public record ReceiptSettings(String shopName, String address, String rfc, String header, String footer, ZoneId zone,
        boolean drawerOnCash) {

    public static final String SHOP_NAME = "shop.name";
    public static final String ADDRESS = "shop.address";
    public static final String RFC = "shop.rfc";
    public static final String HEADER = "ticket.header";
    public static final String FOOTER = "ticket.footer";
    public static final String DRAWER_ON_CASH = "device.drawer.on-cash";

    public ReceiptSettings {
        Objects.requireNonNull(shopName, "shopName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(zone, "zone");
    }

    /** Reads the settings now; missing ones are empty, the drawer opens on cash unless set to {@code false}. */
    public static ReceiptSettings load(Settings settings, ZoneId zone, String defaultShopName) {
        return new ReceiptSettings(text(settings, SHOP_NAME).orElse(defaultShopName), text(settings, ADDRESS).orElse(""),
                text(settings, RFC).orElse(""), text(settings, HEADER).orElse(""), text(settings, FOOTER).orElse(""),
                zone, !text(settings, DRAWER_ON_CASH).map(v -> v.equalsIgnoreCase("false")).orElse(false));
    }

    private static Optional<String> text(Settings settings, String name) {
        return settings.get(name).map(String::strip).filter(v -> !v.isEmpty());
    }
}
