package mx.michangarrito.pos.user;

/**
 * What a user may do at the counter. Ranked: an owner can do everything a manager can, and a manager
 * everything a cashier can. Stored by name.
 */
public enum Role {
    /** Sells, takes payments, opens and closes their shift. */
    CASHIER(1),
    /** Also authorises discounts above the limit, voids and returns (manager override). */
    MANAGER(2),
    /** The shop's owner: also manages users and settings. */
    OWNER(3);

    private final int rank;

    Role(int rank) {
        this.rank = rank;
    }

    /** 1 for a cashier, 2 for a manager, 3 for an owner (the messages choose their words by it). */
    public int rank() {
        return rank;
    }

    /** Whether this role may do what {@code required} may. */
    public boolean atLeast(Role required) {
        return rank >= required.rank;
    }
}
