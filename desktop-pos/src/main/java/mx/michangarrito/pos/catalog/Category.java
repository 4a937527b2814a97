package mx.michangarrito.pos.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A shelf category ("Lácteos", "Papelería"); names are unique ignoring case and accents. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 100, unique = true)
    private String nameKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Category() {
        // for Hibernate
    }

    Category(UUID id, String name, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.nameKey = SearchText.of(name);
        this.createdAt = createdAt;
    }

    void rename(String newName) {
        this.name = newName;
        this.nameKey = SearchText.of(newName);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }
}
