package mx.michangarrito.shared.sync;

/** What a fiado entry does to a customer's balance, on the wire. */
public enum FiadoEntryKind {
    /** A sale put on the account: the balance goes up. */
    CHARGE,
    /** Money paid towards the account: the balance goes down. */
    PAYMENT,
    /** Goods bought on credit returned: the balance goes down. */
    CREDIT;

    /** +1 for what raises the balance, −1 for what lowers it. */
    public int sign() {
        return this == CHARGE ? 1 : -1;
    }
}
