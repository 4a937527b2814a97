package mx.michangarrito.pos.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One of a product's barcodes, stored under its {@link BarcodeKey}. */
@Entity
@Table(name = "product_barcode")
public class ProductBarcode {

    /** Whether the code is a checked GTIN (stored as 14 digits) or a shop's own code (stored as typed). */
    public enum Kind { GTIN, INTERNAL }

    @Id
    @Column(length = 48)
    private String code;

    @Column(name = "product_id", nullable = false)
    private UUID productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    protected ProductBarcode() {
        // for Hibernate
    }

    ProductBarcode(BarcodeKey key, UUID productId) {
        this.code = key.code();
        this.kind = key.kind();
        this.productId = productId;
    }

    public String code() {
        return code;
    }

    public UUID productId() {
        return productId;
    }

    public Kind kind() {
        return kind;
    }
}
