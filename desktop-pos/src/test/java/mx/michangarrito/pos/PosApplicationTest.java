package mx.michangarrito.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root explains a store it cannot open instead of crashing. */
class PosApplicationTest {

    @TempDir
    Path dir;

    private static PosConfig config() {
        PosConfig d = PosConfig.defaults();
        return new PosConfig(d.terminalCode(), d.shopZone(), d.discountLimitPercent(), d.scaleLabels(), 4);
    }

    @Test
    void aStoreOpenInAnotherWindowIsExplainedInSpanish() {
        try (TestTerminal first = new TestTerminal(dir)) {
            var opening = PosApplication.open(dir, config(), Clock.systemUTC(), Texts.spanish());
            assertEquals("MiChangarrito ya está abierto en esta computadora. Usa la ventana que ya está abierta o "
                    + "ciérrala antes de abrir otra.", assertInstanceOf(PosApplication.Refused.class, opening).message());
        }
    }

    @Test
    void aDataFolderThatIsAFileIsExplainedInEnglishToo() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        var opening = PosApplication.open(file, config(), Clock.systemUTC(), new Texts(Locale.ENGLISH));
        String message = assertInstanceOf(PosApplication.Refused.class, opening).message();
        assertTrue(message.contains(file.toString()), message);
    }

    @Test
    void aFreshFolderOpensForTheFirstRun() {
        var opening = PosApplication.open(dir.resolve("new"), config(), Clock.systemUTC(), Texts.spanish());
        try (PosServices pos = assertInstanceOf(PosApplication.Opened.class, opening).services()) {
            assertTrue(pos.users.isFirstRun());
        }
    }
}
