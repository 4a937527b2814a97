package mx.michangarrito.pos.stock;

import java.math.BigDecimal;
import java.util.UUID;

/** A product at or below its minimum stock. Negative on-hand (sold offline beyond stock) shows here too. */
public record LowStock(UUID productId, String name, BigDecimal onHand, BigDecimal minStock) {
}
