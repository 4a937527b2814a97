package mx.michangarrito.pos.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import mx.michangarrito.pos.store.PosDatabase;
import org.hibernate.Session;

/**
 * The shop's time zone as it is now: the {@code shop.zone} setting (written by the owner in the cloud and
 * pulled by the terminal) when it holds a valid zone id, else the terminal's configured zone. Read at each
 * use, so a zone pulled while the app runs applies to the next "today", statement, aging or ticket time
 * without a restart.
 */
public final class ShopZone implements Supplier<ZoneId> {

    /** The setting with the shop's zone id, e.g. {@code America/Tijuana}. */
    public static final String SETTING = "shop.zone";
    private static final System.Logger LOG = System.getLogger(ShopZone.class.getName());

    private final PosDatabase database;
    private final ZoneId fallback;

    private ShopZone(PosDatabase database, ZoneId fallback) {
        this.database = database;
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** The zone from the terminal's settings, {@code fallback} while none (or no valid one) is stored. */
    public static ShopZone fromSettings(PosDatabase database, ZoneId fallback) {
        return new ShopZone(Objects.requireNonNull(database, "database"), fallback);
    }

    /** Always {@code zone} (tests, tools). */
    public static ShopZone fixed(ZoneId zone) {
        return new ShopZone(null, zone);
    }

    /** The zone now, in a read transaction of its own. */
    @Override
    public ZoneId get() {
        return database == null ? fallback : database.read(this::in);
    }

    /** The zone now, read within {@code session}'s transaction (for work already inside one). */
    public ZoneId in(Session session) {
        if (database == null) {
            return fallback;
        }
        Setting stored = session.find(Setting.class, SETTING);
        return stored == null ? fallback : parse(stored.value(), fallback);
    }

    static ZoneId parse(String value, ZoneId fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            LOG.log(System.Logger.Level.WARNING, "setting {0}={1} is not a time zone; using {2}", SETTING, value,
                    fallback);
            return fallback;
        }
    }
}
