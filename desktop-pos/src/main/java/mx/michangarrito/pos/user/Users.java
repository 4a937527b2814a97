package mx.michangarrito.pos.user;

import jakarta.persistence.LockModeType;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/** Look-ups of users inside a caller's transaction, shared by the user service's operations. */
final class Users {

    private Users() {
    }

    static long count(Session session) {
        return session.createSelectionQuery("select count(*) from PosUser", Long.class).getSingleResult();
    }

    static long activeOwners(Session session) {
        return session.createSelectionQuery("select count(*) from PosUser where active and role = :owner", Long.class)
                .setParameter("owner", Role.OWNER)
                .getSingleResult();
    }

    static boolean nameTaken(Session session, DisplayName name) {
        return session.createSelectionQuery("select count(*) from PosUser where nameKey = :key", Long.class)
                .setParameter("key", name.key())
                .getSingleResult() > 0;
    }

    /** The user {@code id}, locked for update; {@code UNKNOWN_USER} if there is none. */
    static User require(Session session, UUID id) {
        User user = session.find(User.class, Objects.requireNonNull(id, "id"), LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw UserException.unknownUser(id);
        }
        return user;
    }

    /**
     * The user acting as {@code operator}, as the database knows them now: still there, still active and
     * still of a role at least {@code required} (a login does not outlive a demotion or a deactivation).
     */
    static User requireActor(Session session, Operator operator, Role required) {
        if (operator == null) {
            throw UserException.notAllowed(required);
        }
        User actor = require(session, operator.userId());
        if (!actor.active()) {
            throw UserException.inactive(actor.displayName());
        }
        if (!actor.role().atLeast(required)) {
            throw UserException.notAllowed(required);
        }
        return actor;
    }
}
