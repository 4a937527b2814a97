package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mx.michangarrito.pos.settings.Setting;
import mx.michangarrito.pos.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two POS windows on one PC: the second process is refused and the first one keeps working. */
class SecondProcessTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHasTheDatabaseOpen() throws Exception {
        try (PosDatabase first = PosDatabase.open(dataDir, List.of(Setting.class))) {
            Settings settings = new Settings(first, Clock.systemUTC());
            settings.put("shop.name", "Abarrotes Lupita");

            Result child = runChild();

            assertEquals(3, child.exitCode(), child.output());
            assertTrue(child.output().startsWith("IN_USE|MiChangarrito ya está abierto"), child.output());
            assertEquals(Optional.of("Abarrotes Lupita"), settings.get("shop.name"));
        }
    }

    @Test
    void theDatabaseOpensAgainOnceTheFirstProcessHasClosedIt() throws Exception {
        PosDatabase.open(dataDir, List.of(Setting.class)).close();
        Result child = runChild();
        assertEquals(0, child.exitCode(), child.output());
        assertEquals("OPENED", child.output().strip());
    }

    private record Result(int exitCode, String output) {
    }

    private Result runChild() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), OpenDatabaseMain.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child did not finish");
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
