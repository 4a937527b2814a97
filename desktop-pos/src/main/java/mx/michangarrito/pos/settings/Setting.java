package mx.michangarrito.pos.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One named setting of this terminal, stored as text. */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "text_value", nullable = false, length = 4000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Setting() {
        // for Hibernate
    }

    Setting(String name, String value, Instant updatedAt) {
        this.name = name;
        this.value = value;
        this.updatedAt = updatedAt;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    void change(String newValue, Instant at) {
        this.value = newValue;
        this.updatedAt = at;
    }
}
