package mx.michangarrito.pos.store;

import java.nio.file.Path;
import java.util.List;

/** Child process for {@link SecondProcessTest}: tries to open the database and reports what happened. */
public final class OpenDatabaseMain {

    private OpenDatabaseMain() {
    }

    public static void main(String[] args) {
        try (PosDatabase db = PosDatabase.open(Path.of(args[0]), List.of())) {
            System.out.println("OPENED");
        } catch (StoreException e) {
            System.out.println(e.reason() + "|" + e.userMessage().spanish());
            System.exit(3);
        }
    }
}
