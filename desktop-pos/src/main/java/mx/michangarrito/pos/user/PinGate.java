package mx.michangarrito.pos.user;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.audit.AuditAction;
import mx.michangarrito.pos.audit.AuditLog;
import mx.michangarrito.pos.settings.ShopZone;
import org.hibernate.Session;

/**
 * Checks a user's PIN for a login or an override, keeps the lockout count, and audits every attempt.
 * A refusal is returned, not thrown, so the caller's transaction commits the count and the audit row
 * before the caller throws it: a wrong PIN must be remembered even though the login fails.
 */
final class PinGate {

    /** Why the PIN is being checked: it decides which audit actions are written. */
    enum Purpose {
        LOGIN(AuditAction.LOGIN_OK, AuditAction.LOGIN_FAILED),
        OVERRIDE(AuditAction.OVERRIDE_GRANTED, AuditAction.OVERRIDE_DENIED);

        private final AuditAction granted;
        private final AuditAction refused;

        Purpose(AuditAction granted, AuditAction refused) {
            this.granted = granted;
            this.refused = refused;
        }
    }

    /** The outcome of one PIN check. */
    sealed interface Result {
        /** The operator if the check passed; otherwise throws the refusal. */
        Operator orThrow();
    }

    record Passed(Operator operator) implements Result {
        @Override
        public Operator orThrow() {
            return operator;
        }
    }

    record Refused(UserException error) implements Result {
        @Override
        public Operator orThrow() {
            throw error;
        }
    }

    private final PinHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final ShopZone shopZone;

    PinGate(PinHasher hasher, AuditLog audit, Clock clock, ShopZone shopZone) {
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.shopZone = shopZone;
    }

    /**
     * Checks {@code pin} for {@code userId} in {@code session}'s transaction. Audit rows carry the user the
     * attempt was for (not necessarily the person who typed the PIN) and {@code subject}.
     */
    Result check(Session session, UUID userId, String pin, Role required, Purpose purpose, String subject) {
        Instant now = clock.instant();
        // Locked for update: two attempts at once for one user are counted one after the other.
        User user = session.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            return refuse(session, purpose, null, subject, "unknown user " + userId, UserException.unknownUser(userId));
        }
        if (!user.active()) {
            return refuse(session, purpose, user, subject, "user deactivated", UserException.inactive(user.displayName()));
        }
        Optional<Instant> locked = user.lockedAt(now);
        if (locked.isPresent()) {
            return refuse(session, purpose, user, subject, "locked until " + locked.get(),
                    UserException.locked(locked.get(), shopZone.in(session)));
        }
        if (!PinHasher.isWellFormed(pin)) {
            return refuse(session, purpose, user, subject, "malformed PIN, not counted", UserException.invalidPinFormat());
        }
        if (!hasher.matches(pin, user.pinHash())) {
            return wrongPin(session, user, purpose, subject, now);
        }
        user.rightPin();
        if (!user.role().atLeast(required)) {
            return refuse(session, purpose, user, subject, "role " + user.role() + " is below " + required,
                    UserException.notAllowed(required));
        }
        audit.record(session, purpose.granted, user.id(), subject, "role " + user.role() + ", needed " + required);
        return new Passed(user.operator(now));
    }

    private Result wrongPin(Session session, User user, Purpose purpose, String subject, Instant now) {
        int attempt = user.failedAttempts() + 1;
        user.wrongPin(now);
        Optional<Instant> locked = user.lockedAt(now);
        String detail = "wrong PIN, " + attempt + " of " + User.MAX_WRONG_PINS + " in a row";
        if (locked.isEmpty()) {
            return refuse(session, purpose, user, subject, detail,
                    UserException.wrongPin(User.MAX_WRONG_PINS - attempt, User.LOCKOUT.toMinutes()));
        }
        UserException lockedOut = UserException.locked(locked.get(), shopZone.in(session));
        refuse(session, purpose, user, subject, detail, lockedOut);
        audit.record(session, AuditAction.USER_LOCKED, user.id(), user.id().toString(),
                user.displayName() + " locked until " + locked.get());
        return new Refused(lockedOut);
    }

    private Refused refuse(Session session, Purpose purpose, User user, String subject, String detail,
            UserException error) {
        audit.record(session, purpose.refused, user == null ? null : user.id(), subject,
                user == null ? detail : user.displayName() + ": " + detail);
        return new Refused(error);
    }
}
