package mx.michangarrito.pos.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns PINs into slow salted bcrypt hashes and checks PINs against them. A 4–6 digit PIN has at most
 * a million values, so the hash alone would not stop an offline search; the cost slows it down and the
 * lockout stops guessing at the counter.
 */
final class PinHasher {

    private static final Pattern PIN = Pattern.compile("[0-9]{4,6}");

    private final int cost;

    /** @param cost the bcrypt cost, 4 to 31; tests use 4, production {@link UserService#PRODUCTION_BCRYPT_COST} */
    PinHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be between 4 and 31, not " + cost);
        }
        this.cost = cost;
    }

    /** Whether {@code pin} is 4 to 6 digits (0–9), nothing else. */
    static boolean isWellFormed(String pin) {
        return pin != null && PIN.matcher(pin).matches();
    }

    /** The hash of {@code pin} with a fresh random salt; a malformed PIN is {@code INVALID_PIN_FORMAT}. */
    String hash(String pin) {
        requireWellFormed(pin);
        return BCrypt.withDefaults().hashToString(cost, pin.toCharArray());
    }

    /** Whether {@code pin} is the PIN {@code hash} was made from. */
    boolean matches(String pin, String hash) {
        Objects.requireNonNull(hash, "hash");
        return isWellFormed(pin) && BCrypt.verifyer().verify(pin.toCharArray(), hash).verified;
    }

    /**
     * Hashes and checks a throwaway PIN at the lowest cost, so the JVM has loaded, initialised and compiled
     * bcrypt (and seeded its random source) before the first real login: cold, the first check at cost 10
     * takes several times as long as the next ones. Nothing is stored.
     */
    static void warmUp() {
        PinHasher cheap = new PinHasher(4);
        cheap.matches("0000", cheap.hash("0000"));
    }

    static void requireWellFormed(String pin) {
        if (!isWellFormed(pin)) {
            throw UserException.invalidPinFormat();
        }
    }
}
