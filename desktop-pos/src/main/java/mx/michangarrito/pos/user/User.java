package mx.michangarrito.pos.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A person who works the counter: their role, their PIN's hash and the PIN lockout state. Deactivated,
 * never deleted, so every sale and audit row keeps pointing at someone.
 */
@Entity(name = "PosUser")
@Table(name = "pos_user")
public class User {

    /** Consecutive wrong PINs that lock the user. */
    static final int MAX_WRONG_PINS = 5;
    /** How long a lockout lasts. */
    static final Duration LOCKOUT = Duration.ofMinutes(5);

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "display_name", nullable = false, length = DisplayName.MAX_LENGTH)
    private String displayName;

    @Column(name = "name_key", nullable = false, unique = true, length = DisplayName.MAX_LENGTH)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "pin_hash", nullable = false, length = 100)
    private String pinHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected User() {
        // for Hibernate
    }

    User(UUID id, DisplayName name, Role role, String pinHash, Instant createdAt) {
        this.id = id;
        this.displayName = name.text();
        this.nameKey = name.key();
        this.role = role;
        this.pinHash = pinHash;
        this.active = true;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    String pinHash() {
        return pinHash;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    /** The end of the current lockout, if the user is locked at {@code now}. */
    Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** Counts a wrong PIN; the {@link #MAX_WRONG_PINS}th in a row locks the user and starts a fresh count. */
    void wrongPin(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_WRONG_PINS) {
            failedAttempts = 0;
            lockedUntil = now.plus(LOCKOUT);
        }
    }

    /** The right PIN: the count of wrong ones starts again. */
    void rightPin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** A new PIN also lifts any lockout: the owner's way to let a locked-out cashier back in. */
    void changePin(String newPinHash) {
        pinHash = newPinHash;
        rightPin();
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void deactivate() {
        active = false;
    }

    /** Takes the cloud's copy of this user (name, role, PIN hash, active); the lockout state stays local. */
    void replicate(DisplayName name, Role newRole, String newPinHash, boolean isActive) {
        this.displayName = name.text();
        this.nameKey = name.key();
        this.role = newRole;
        this.pinHash = newPinHash;
        this.active = isActive;
    }

    StaffMember summary() {
        return new StaffMember(id, displayName, role, active);
    }

    Operator operator(Instant at) {
        return new Operator(id, displayName, role, at);
    }
}
