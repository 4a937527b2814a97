package mx.michangarrito.pos.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RfcTest {

    @ParameterizedTest
    @CsvSource({
            "XAXX010101000, XAXX010101000",   // generic public RFC (person shape)
            "abc 680524-a12, ABC680524A12",   // company, typed with spaces and dashes
            "ÑAÑ&800229AB1, ÑAÑ&800229AB1",   // Ñ and & allowed, 29 Feb of a leap year
            "LOAA801301AB1, ''",              // month 13
            "LOAA800230AB1, ''",              // 30 February
            "LOA800101AB, ''",                // too short
            "1OAA800101AB1, ''",              // digit where a letter goes
    })
    void shapesAndDates(String typed, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), Rfc.parse(typed));
    }
}
