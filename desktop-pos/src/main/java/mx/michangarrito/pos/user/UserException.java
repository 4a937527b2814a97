package mx.michangarrito.pos.user;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.text.UserMessage;

/** A login, an override or a user change was refused; the message tells the person why and what to do. */
public final class UserException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.user.messages";
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** Why; each reason has a text under {@link #key()} in the user package's bundles. */
    public enum Reason {
        /** The PIN is wrong; {@link #remainingAttempts()} says how many tries are left before the lockout. */
        WRONG_PIN,
        /** Too many wrong PINs; {@link #lockedUntil()} says until when, even the right PIN is refused. */
        LOCKED,
        /** A PIN must be 4 to 6 digits. */
        INVALID_PIN_FORMAT,
        /** A name must have 1 to 60 characters besides spaces. */
        INVALID_NAME,
        /** Another user already has that name (ignoring case). */
        NAME_TAKEN,
        /** The user's role is too low for this. */
        NOT_ALLOWED,
        /** The user was deactivated. */
        INACTIVE,
        /** No user has that id. */
        UNKNOWN_USER,
        /** On first run the only user that can be created is the owner. */
        FIRST_USER_MUST_BE_OWNER,
        /** Deactivating this owner would leave the shop with no active owner. */
        LAST_ACTIVE_OWNER,
        /** Changing this owner's role would leave the shop with no active owner. */
        LAST_OWNER_ROLE;

        /** The message key, e.g. {@code user.wrong-pin}. */
        public String key() {
            return "user." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final Integer remainingAttempts;
    private final Instant lockedUntil;

    private UserException(Reason reason, String technicalMessage, Integer remainingAttempts, Instant lockedUntil,
            Object... args) {
        super(technicalMessage, UserMessage.of(BUNDLE, reason.key(), args), null);
        this.reason = reason;
        this.remainingAttempts = remainingAttempts;
        this.lockedUntil = lockedUntil;
    }

    static UserException wrongPin(int remaining, long lockoutMinutes) {
        return new UserException(Reason.WRONG_PIN, "wrong PIN, " + remaining + " tries left", remaining, null,
                remaining, lockoutMinutes);
    }

    /** Locked until {@code until}, shown as the shop's wall-clock minute when the lock is surely over. */
    static UserException locked(Instant until, ZoneId shopZone) {
        ZonedDateTime local = until.atZone(shopZone);
        ZonedDateTime shown = local.truncatedTo(ChronoUnit.MINUTES).equals(local)
                ? local : local.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        return new UserException(Reason.LOCKED, "locked until " + until, null, until, HOUR_MINUTE.format(shown));
    }

    static UserException invalidPinFormat() {
        return new UserException(Reason.INVALID_PIN_FORMAT, "a PIN is 4 to 6 digits", null, null);
    }

    static UserException invalidName(int maxLength) {
        return new UserException(Reason.INVALID_NAME, "a name is 1 to " + maxLength + " characters", null, null,
                maxLength);
    }

    static UserException nameTaken(String name) {
        return new UserException(Reason.NAME_TAKEN, "name taken: " + name, null, null, name);
    }

    static UserException notAllowed(Role required) {
        return new UserException(Reason.NOT_ALLOWED, "needs role " + required + " or higher", null, null,
                required.rank());
    }

    static UserException inactive(String name) {
        return new UserException(Reason.INACTIVE, "user " + name + " is deactivated", null, null, name);
    }

    static UserException unknownUser(UUID id) {
        return new UserException(Reason.UNKNOWN_USER, "no user " + id, null, null);
    }

    static UserException firstUserMustBeOwner() {
        return new UserException(Reason.FIRST_USER_MUST_BE_OWNER, "the first user must be an OWNER", null, null);
    }

    static UserException lastOwnerRole(String name) {
        return new UserException(Reason.LAST_OWNER_ROLE, name + " is the last active owner", null, null, name);
    }

    static UserException lastActiveOwner(String name) {
        return new UserException(Reason.LAST_ACTIVE_OWNER, name + " is the last active owner", null, null, name);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#WRONG_PIN}: wrong PINs still allowed before the lockout. */
    public OptionalInt remainingAttempts() {
        return remainingAttempts == null ? OptionalInt.empty() : OptionalInt.of(remainingAttempts);
    }

    /** For {@link Reason#LOCKED}: the instant from which the PIN is accepted again. */
    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
