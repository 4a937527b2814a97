package mx.michangarrito.cloud.owner;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import mx.michangarrito.shared.sync.CategoryState;
import mx.michangarrito.shared.sync.CustomerState;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.sync.UserState;

/** What the owner's app sends and reads. No view carries a PIN or its hash. */
final class OwnerViews {

    private OwnerViews() {
    }

    /** A product to create or the whole new state of one to edit ({@code version} required on edit). */
    record ProductRequest(String name, String sku, UUID categoryId, String unit, Boolean soldByWeight, String iva,
                          BigDecimal iepsPercent, Long costCentavos, Long priceCentavos, BigDecimal minStock,
                          String scaleItemCode, Boolean active, List<String> barcodes, Long version) {
    }

    record PriceRequest(Long priceCentavos, Long version) {
    }

    record BarcodeRequest(String code) {
    }

    record CategoryRequest(String name) {
    }

    record CustomerRequest(String name, String phone, Long creditLimitCentavos, String note, Boolean active) {
    }

    /** A terminal user: all fields on create; on edit, only those given change (a new PIN replaces the old). */
    record TerminalUserRequest(String displayName, String role, String pin, Boolean active) {
    }

    /** Shop settings; only those given change, an empty address, RFC, ticket header or footer removes it. */
    record SettingsRequest(String timeZone, String shopName, String address, String rfc, String taxZone,
                           String ticketHeader, String ticketFooter) {
    }

    /** A product as the owner edits it: its state, its barcodes and its version (for the next edit). */
    record ProductView(UUID productId, long version, String sku, String name, UUID categoryId, String unit,
                       boolean soldByWeight, String iva, BigDecimal iepsPercent, long costCentavos,
                       long priceCentavos, BigDecimal minStock, String scaleItemCode, boolean active,
                       List<String> barcodes) {

        static ProductView of(long version, ProductState p, List<String> barcodes) {
            return new ProductView(p.productId(), version, p.sku(), p.name(), p.categoryId(), p.unit(),
                    p.soldByWeight(), p.iva().name(), p.iepsPercent(), p.costCentavos(), p.priceCentavos(),
                    p.minStock(), p.scaleItemCode(), p.active(), List.copyOf(barcodes));
        }
    }

    record CategoryView(UUID categoryId, long version, String name) {

        static CategoryView of(long version, CategoryState c) {
            return new CategoryView(c.categoryId(), version, c.name());
        }
    }

    record CustomerView(UUID customerId, long version, String name, String phone, long creditLimitCentavos,
                        String note, boolean active) {

        static CustomerView of(long version, CustomerState c) {
            return new CustomerView(c.customerId(), version, c.name(), c.phone(), c.creditLimitCentavos(), c.note(),
                    c.active());
        }
    }

    /** A terminal user without their PIN hash. */
    record TerminalUserView(UUID userId, long version, String displayName, String role, boolean active) {

        static TerminalUserView of(long version, UserState u) {
            return new TerminalUserView(u.userId(), version, u.displayName(), u.role(), u.active());
        }
    }

    /** The shop's settings as the terminals receive them; absent ones are null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SettingsView(String timeZone, String shopName, String address, String rfc, String taxZone,
                        String ticketHeader, String ticketFooter) {
    }

    /**
     * 409 when an owner's edit started from an older version than the record has now: the current state
     * comes along so the app can show it and let the owner decide again.
     */
    record VersionConflict(String type, String title, int status, String code, String requestId, Object current) {
    }
}
