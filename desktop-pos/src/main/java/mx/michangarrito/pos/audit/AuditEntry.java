package mx.michangarrito.pos.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One row of the audit log: who did what, to what, and when. Never changed once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    static final int SUBJECT_LENGTH = 200;
    static final int DETAIL_LENGTH = 1000;

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "user_id")
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject", length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected AuditEntry() {
        // for Hibernate
    }

    AuditEntry(UUID id, Instant at, UUID userId, AuditAction action, String subject, String detail) {
        this.id = id;
        this.at = at;
        this.userId = userId;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
    }

    public UUID id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    /** Who did it; empty when nobody known did (e.g. a login attempt for a user that does not exist). */
    public Optional<UUID> userId() {
        return Optional.ofNullable(userId);
    }

    public AuditAction action() {
        return action;
    }

    /** What it was done to or for (a user id, a folio, an override's purpose); may be empty. */
    public String subject() {
        return subject == null ? "" : subject;
    }

    /** Technical detail in English for whoever reads the log; may be empty. */
    public String detail() {
        return detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return at + " " + action + " by " + userId + " on " + subject + ": " + detail;
    }
}
