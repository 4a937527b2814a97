package mx.michangarrito.cloud.account;

import java.util.Locale;

/** Invited (never logged in yet), active, or removed by the owner. */
public enum MemberStatus {
    INVITED, ACTIVE, REMOVED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MemberStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
