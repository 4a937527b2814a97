package mx.michangarrito.pos.fiado;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MexicanPhoneTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5512345678            | 5512345678",
        "55 1234 5678          | 5512345678",
        "(55) 1234-5678        | 5512345678",
        "33.1234.5678          | 3312345678",
        "+52 55 1234 5678      | 5512345678",
        "+52 1 55 1234 5678    | 5512345678",
        "525512345678          | 5512345678",
    })
    void acceptsTheWaysMexicanNumbersAreWrittenAndKeepsTenDigits(String typed, String digits) {
        assertEquals(Optional.of(digits), MexicanPhone.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "551234567", "55123456789", "+1 555 123 4567", "+5512345678", "55 1234 abcd",
        "55-1234-5678 ext 2"})
    void refusesWhatIsNotAMexicanNumber(String typed) {
        assertEquals(FiadoException.Reason.INVALID_PHONE,
                assertThrows(FiadoException.class, () -> MexicanPhone.normalise(typed)).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nothingTypedMeansNoPhone(String typed) {
        assertEquals(Optional.empty(), MexicanPhone.normalise(typed));
    }
}
