package mx.michangarrito.shared.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import mx.michangarrito.shared.money.InvalidAmountException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MoneyFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123450     | $1,234.50",
        "0          | $0.00",
        "5          | $0.05",
        "-50        | -$0.50",
        "100000000  | $1,000,000.00",
        "-9223372036854775808 | -$92,233,720,368,547,758.08",
    })
    void formatsTheMexicanWay(long centavos, String text) {
        assertEquals(text, Money.ofCentavos(centavos).format());
    }

    @Test
    void formatDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("$1,234.50", Money.ofCentavos(123450).format());
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$1,234.50    | 123450",
        "1234.5       | 123450",
        "1234         | 123400",
        "1,234        | 123400",
        "$12,345,678.09 | 1234567809",
        "  $20.00     | 2000",
        ".50          | 50",
        "$0.5         | 50",
        "-$5.00       | -500",
        "$-5          | -500",
        "0            | 0",
    })
    void parsesWhatCashiersType(String text, long centavos) {
        assertEquals(Money.ofCentavos(centavos), MoneyFormat.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$ 1 234,50 | DECIMAL_COMMA",
        "1234,50    | DECIMAL_COMMA",
        "12,5       | DECIMAL_COMMA",
        "$ 20       | SPACES",
        "1 234.50   | SPACES",
        "12,34,567  | BAD_GROUPING",
        "1234,567   | BAD_GROUPING",
        "12.        | INCOMPLETE_DECIMALS",
        "12.345     | TOO_MANY_DECIMALS",
        "99999999999999999999 | TOO_LARGE",
        "abc        | NOT_A_NUMBER",
        "$          | NOT_A_NUMBER",
        "--5        | NOT_A_NUMBER",
        "5$         | NOT_A_NUMBER",
        "1e5        | NOT_A_NUMBER",
    })
    void rejectsAmbiguousOrMalformedAmountsWithAReason(String text, Reason reason) {
        InvalidAmountException e = assertThrows(InvalidAmountException.class, () -> MoneyFormat.parse(text));
        assertEquals(reason, e.reason());
    }

    @Test
    void rejectsEmptyInput() {
        assertEquals(Reason.EMPTY, assertThrows(InvalidAmountException.class, () -> MoneyFormat.parse("  ")).reason());
        assertEquals(Reason.EMPTY, assertThrows(InvalidAmountException.class, () -> MoneyFormat.parse(null)).reason());
    }

    @Test
    void decimalCommaErrorTellsTheCashierInSpanishWhatToType() {
        InvalidAmountException e = assertThrows(InvalidAmountException.class, () -> MoneyFormat.parse("$ 1 234,50"));
        String spanish = e.userMessage().spanish();
        assertTrue(spanish.contains("$ 1 234,50") && spanish.contains("punto"), spanish);
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasSpanishAndEnglishText(Reason reason) {
        InvalidAmountException e = new InvalidAmountException(reason, "x");
        String spanish = e.userMessage().spanish();
        String english = e.userMessage().format(Locale.ENGLISH);
        assertNotEquals(reason.messageKey(), spanish);
        assertNotEquals(reason.messageKey(), english);
        assertNotEquals(spanish, english);
    }
}
