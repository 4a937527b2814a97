package mx.michangarrito.pos.user;

import java.time.Instant;
import mx.michangarrito.shared.sync.UserState;
import org.hibernate.Session;

/**
 * Applies the cloud's copy of a user inside the caller's transaction, without queueing anything. The PIN
 * comes only as its bcrypt hash; a state this terminal cannot hold (unknown role, bad name, no hash,
 * a name another local user has) is logged and left out.
 */
public final class UserReplica {

    private static final System.Logger LOG = System.getLogger(UserReplica.class.getName());

    /** True if applied. */
    public boolean apply(Session session, UserState state, Instant now) {
        DisplayName name;
        Role role;
        try {
            name = DisplayName.of(state.displayName());
            role = Role.valueOf(state.role());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cloud user {0} not applicable here: {1}", state.userId(), e.getMessage());
            return false;
        }
        if (state.pinHash() == null || !state.pinHash().startsWith("$2") || state.pinHash().length() > 100) {
            LOG.log(System.Logger.Level.WARNING, "cloud user {0} has no usable PIN hash", state.userId());
            return false;
        }
        boolean nameTaken = session.createSelectionQuery("from PosUser where nameKey = :key and id <> :id", User.class)
                .setParameter("key", name.key()).setParameter("id", state.userId()).getResultCount() > 0;
        if (nameTaken) {
            LOG.log(System.Logger.Level.WARNING, "cloud user {0}: another user here has the same name", state.userId());
            return false;
        }
        User user = session.find(User.class, state.userId());
        if (user == null) {
            user = new User(state.userId(), name, role, state.pinHash(), now);
            session.persist(user);
        }
        user.replicate(name, role, state.pinHash(), state.active());
        return true;
    }
}
