package mx.michangarrito.pos.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code Main bench-ui --scans 5} in a JVM of its own (it starts and stops the JavaFX toolkit, which a
 * test JVM shared with TestFX must keep): it prints its figures and exits cleanly. Nothing is timed.
 */
class BenchUiCliTest {

    @Test
    void printsTheColdStartAndScanToLineFiguresAndExits() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "mx.michangarrito.pos.Main", "bench-ui", "--scans", "5")
                .redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var in = process.getInputStream()) {
                in.transferTo(output);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        boolean exited = process.waitFor(5, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        reader.join();
        String text = output.toString(StandardCharsets.UTF_8);
        assertTrue(exited, "bench-ui did not exit:\n" + text);
        assertEquals(0, process.exitValue(), text);
        for (String name : List.of("ui_cold_start_ms", "ui_scan_to_line_p50_ms", "ui_scan_to_line_p95_ms",
                "ui_scan_to_line_max_ms")) {
            assertTrue(Pattern.compile("(?m)^BENCH " + name + "=\\d+(\\.\\d+)? ms").matcher(text).find(),
                    name + " missing in:\n" + text);
        }
        assertTrue(text.contains("BENCH ui_scans=5 count"), text);
    }

    @Test
    void aBadOptionIsRefusedWithTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BenchUiCli.run(List.of("--scans", "0"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: bench-ui [--scans N]"));
    }
}
