package mx.michangarrito.shared.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FolioTest {

    @Test
    void printsTerminalCodeDashCounter() {
        assertEquals("CAJA1-1024", new Folio("CAJA1", 1024).toString());
    }

    @Test
    void readsBackWhatItPrints() {
        assertEquals(new Folio("C2", 7), Folio.parse("C2-7"));
        assertEquals(new Folio("C2", 7), Folio.parse(" c2-7 "));
    }

    @Test
    void nextCountsOnWithinTheSameTerminal() {
        assertEquals(new Folio("A", 2), new Folio("A", 1).next());
    }

    @Test
    void ordersByTerminalThenNumberNotAsText() {
        assertTrue(new Folio("A", 9).compareTo(new Folio("A", 10)) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CAJA1", "CAJA-1-2", "CAJA1-0", "CAJA1-01", "CAJA1-x", "ABCDEFGHIJK-1", "ÑU-1"})
    void rejectsTextThatIsNotAFolio(String text) {
        assertThrows(IllegalArgumentException.class, () -> Folio.parse(text));
    }

    @Test
    void rejectsBadTerminalCodesAndCounters() {
        assertThrows(IllegalArgumentException.class, () -> new Folio("caja", 1));
        assertThrows(IllegalArgumentException.class, () -> new Folio("A-B", 1));
        assertThrows(IllegalArgumentException.class, () -> new Folio("A", 0));
    }
}
