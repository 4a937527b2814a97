package mx.michangarrito.pos;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;
import mx.michangarrito.pos.user.UserService;
import mx.michangarrito.shared.barcode.VariableMeasureLayouts;

/**
 * What a terminal needs to know before its services start.
 *
 * @param terminalCode         prefix of this terminal's folios
 * @param shopZone             the shop's time zone, for "today", statements and aging
 * @param discountLimitPercent discounts above this share of a ticket need a manager
 * @param scaleLabels          the layouts of the shop's scale labels
 * @param bcryptCost           PIN hashing cost (10 in production; tests use less)
 */
public record PosConfig(String terminalCode, ZoneId shopZone, BigDecimal discountLimitPercent,
        VariableMeasureLayouts scaleLabels, int bcryptCost) {

    public PosConfig {
        Objects.requireNonNull(terminalCode, "terminalCode");
        Objects.requireNonNull(shopZone, "shopZone");
        Objects.requireNonNull(discountLimitPercent, "discountLimitPercent");
        Objects.requireNonNull(scaleLabels, "scaleLabels");
    }

    /** A new terminal in central Mexico with the common scale-label layouts (weight 21, price 23). */
    public static PosConfig defaults() {
        return new PosConfig("CAJA1", ZoneId.of("America/Mexico_City"), BigDecimal.TEN,
                VariableMeasureLayouts.of("21IIIIIWWWWWC", "23IIIIIPPPPPC"), UserService.PRODUCTION_BCRYPT_COST);
    }
}
