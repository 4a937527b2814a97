package mx.michangarrito.cloud.db;

/**
 * The two database roles: the owner runs migrations and owns the tables; the app role is what the
 * service connects as, created NOSUPERUSER NOBYPASSRLS so row-level security always applies to it.
 *
 * @param owner       owner/migration role name
 * @param ownerPassword its password
 * @param app         app role name
 * @param appPassword its password
 */
public record DatabaseRoles(String owner, String ownerPassword, String app, String appPassword) {

    public DatabaseRoles {
        requireIdentifier(owner);
        requireIdentifier(app);
        if (owner.equals(app)) {
            throw new IllegalArgumentException("the app role must differ from the owner role: " + app);
        }
    }

    private static void requireIdentifier(String role) {
        if (role == null || !role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain lower-case role name: " + role);
        }
    }
}
