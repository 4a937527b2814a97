package mx.michangarrito.shared.sync;

import java.util.UUID;

/**
 * A fiado customer's details. The balance is not here: it is the sum of the fiado ledger, which every
 * terminal keeps for its own entries and the cloud sums for the shop.
 *
 * @param customerId          the customer's UUIDv7
 * @param name                the name
 * @param phone               10 digits, else null
 * @param creditLimitCentavos the credit limit
 * @param note                a note, else null
 * @param active              false once the account is closed
 */
public record CustomerState(UUID customerId, String name, String phone, long creditLimitCentavos, String note,
        boolean active) implements CloudChange {

    /** The kind name. */
    public static final String KIND = "customer";

    @Override
    public String entity() {
        return KIND;
    }

    @Override
    public String key() {
        return customerId.toString();
    }
}
