package mx.michangarrito.pos.store;

import java.nio.file.Path;
import java.util.List;
import mx.michangarrito.pos.settings.Setting;

/** Child process for {@link CompactionCrashTest}: opens the database with compaction forced, then reports. */
public final class CompactingChildMain {

    private CompactingChildMain() {
    }

    public static void main(String[] args) {
        System.out.println("STARTING");
        System.out.flush();
        try (PosDatabase db = PosDatabase.open(Path.of(args[0]), List.of(Setting.class),
                new StoreCompaction.Thresholds(0, 101))) {
            System.out.println("OPENED " + db.read(session -> Counters.current(session, "test")));
            System.out.flush();
        }
    }
}
