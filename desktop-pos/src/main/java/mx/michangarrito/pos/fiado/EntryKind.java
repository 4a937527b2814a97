package mx.michangarrito.pos.fiado;

/** What a fiado entry does to the balance. */
public enum EntryKind {
    /** A sale put on the customer's account: the balance goes up. */
    CHARGE,
    /** Money the customer paid towards the account: the balance goes down. */
    PAYMENT,
    /** A return of goods bought on credit, credited back: the balance goes down, possibly below zero. */
    CREDIT;

    /** +1 for what raises the balance, −1 for what lowers it. */
    int sign() {
        return this == CHARGE ? 1 : -1;
    }
}
