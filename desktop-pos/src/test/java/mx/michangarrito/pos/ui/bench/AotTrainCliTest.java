package mx.michangarrito.pos.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stale-cache rule of {@link AotTrainCli}; the training itself runs in desktop-pos's package phase. */
class AotTrainCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AotTrainCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aCacheTrainedForOtherJarsIsDeletedEvenWhenNotRetraining(@TempDir Path dir) throws Exception {
        Path cache = Files.writeString(dir.resolve("pos.aot"), "an old cache");
        Path stamp = Files.writeString(dir.resolve("pos.aot.stamp"), AotTrainCli.stamp().replace("jdk ", "jdk other "));

        assertEquals(0, run("--cache", cache.toString(), "--train", "false"));

        assertFalse(Files.exists(cache), "a stale cache must not stay where the run command finds it");
        assertFalse(Files.exists(stamp));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("no AOT cache trained"));
    }

    @Test
    void aCacheWithoutItsStampIsDeleted(@TempDir Path dir) throws Exception {
        Path cache = Files.writeString(dir.resolve("pos.aot"), "a cache of unknown origin");

        assertEquals(0, run("--cache", cache.toString(), "--train", "false"));

        assertFalse(Files.exists(cache));
    }

    @Test
    void theStampNamesEveryClassPathEntryWithItsSizeAndTime() throws Exception {
        String stamp = AotTrainCli.stamp();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            assertTrue(stamp.contains(path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis()),
                    () -> "stamp lacks " + path + ":\n" + stamp);
        }
        assertTrue(stamp.startsWith("jdk " + System.getProperty("java.home") + " " + System.getProperty("java.vm.version")));
    }

    @Test
    void withoutACacheFileItSaysHowToCallIt() {
        assertEquals(2, run("--train", "false"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: aot-train"));
    }
}
