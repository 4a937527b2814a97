package mx.michangarrito.pos.settings;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import mx.michangarrito.pos.store.PosDatabase;

/** Reads and writes the terminal's named settings. */
public final class Settings {

    private final PosDatabase database;
    private final Clock clock;

    public Settings(PosDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<String> get(String name) {
        return database.read(session -> Optional.ofNullable(session.find(Setting.class, name)).map(Setting::value));
    }

    public void put(String name, String value) {
        putAll(Map.of(name, value));
    }

    /** Writes several settings in one transaction: all of them or none. */
    public void putAll(Map<String, String> values) {
        values.values().forEach(v -> Objects.requireNonNull(v, "value"));
        database.writeVoid(session -> values.forEach((name, value) -> {
            Setting setting = session.find(Setting.class, name);
            if (setting == null) {
                session.persist(new Setting(name, value, clock.instant()));
            } else {
                setting.change(value, clock.instant());
            }
        }));
    }

    /** Every setting whose name starts with {@code prefix}, by name (e.g. {@code "device."}). */
    public SortedMap<String, String> startingWith(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return database.read(session -> {
            SortedMap<String, String> found = new TreeMap<>();
            session.createSelectionQuery("from Setting", Setting.class).getResultList().stream()
                    .filter(s -> s.name().startsWith(prefix))
                    .forEach(s -> found.put(s.name(), s.value()));
            return found;
        });
    }
}
