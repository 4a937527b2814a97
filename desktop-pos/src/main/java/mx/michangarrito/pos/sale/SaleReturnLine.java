package mx.michangarrito.pos.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;

/** The returned part of one sale line, with its share of the line's recorded amount and taxes. */
@Entity
@Table(name = "sale_return_line")
@IdClass(SaleReturnLine.Key.class)
public class SaleReturnLine {

    /** Composite key: the return and the sale line. */
    public record Key(UUID returnId, UUID saleLineId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "return_id")
    private UUID returnId;
    @Id
    @Column(name = "sale_line_id")
    private UUID saleLineId;
    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;
    @Column(name = "amount_centavos", nullable = false)
    private long amountCentavos;
    @Column(name = "base_centavos", nullable = false)
    private long baseCentavos;
    @Column(name = "ieps_centavos", nullable = false)
    private long iepsCentavos;
    @Column(name = "iva_centavos", nullable = false)
    private long ivaCentavos;

    protected SaleReturnLine() {
        // for Hibernate
    }

    SaleReturnLine(UUID returnId, UUID saleLineId, BigDecimal quantity, Money amount, Money ieps, Money iva) {
        this.returnId = returnId;
        this.saleLineId = saleLineId;
        this.quantity = quantity;
        this.amountCentavos = amount.centavos();
        this.iepsCentavos = ieps.centavos();
        this.ivaCentavos = iva.centavos();
        this.baseCentavos = amount.minus(ieps).minus(iva).centavos();
    }

    public UUID returnId() {
        return returnId;
    }

    public UUID saleLineId() {
        return saleLineId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public Money amount() {
        return Money.ofCentavos(amountCentavos);
    }

    public Money base() {
        return Money.ofCentavos(baseCentavos);
    }

    public Money ieps() {
        return Money.ofCentavos(iepsCentavos);
    }

    public Money iva() {
        return Money.ofCentavos(ivaCentavos);
    }
}
