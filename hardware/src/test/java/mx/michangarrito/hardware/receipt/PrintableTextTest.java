package mx.michangarrito.hardware.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mx.michangarrito.hardware.testing.Hex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableTextTest {

    @ParameterizedTest(name = "{0} is {1} in CP858")
    @CsvSource({"ñ, A4", "Ñ, A5", "á, A0", "é, 82", "í, A1", "ó, A2", "ú, A3", "¿, A8", "¡, AD",
        "Á, B5", "É, 90", "Í, D6", "Ó, E0", "Ú, E9", "$, 24", "€, D5"})
    void spanishCharactersHaveTheirCp858Bytes(String character, String hex) {
        assertEquals(hex, Hex.of(new PrintableText(CodeTable.CP858).encode(character)));
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({"ñ, WPC1252, F1", "Á, WPC1252, C1", "¿, WPC1252, BF", "€, WPC1252, 80",
        "ñ, CP850, A4", "Á, CP850, B5", "ñ, CP437, A4", "á, CP437, A0"})
    void otherTablesHaveTheirOwnBytes(String character, CodeTable table, String hex) {
        assertEquals(hex, Hex.of(new PrintableText(table).encode(character)));
    }

    @ParameterizedTest(name = "{1} prints \"{0}\" as \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "ÁÉÍÓÚ | CP437 | AÉIOU",
        "€ 10 | CP437 | ? 10",
        "€ 10 | CP850 | ? 10",
        "“Oferta” – 2×1 | CP858 | \"Oferta\" - 2×1",
        "Café ☕ | CP858 | Café ?",
        "日本 | WPC1252 | ??"})
    void unprintableCharactersAreReplacedVisiblyNotDropped(String text, CodeTable table, String printed) {
        assertEquals(printed, new PrintableText(table).of(text));
    }

    @ParameterizedTest
    @CsvSource({"'\u001B@', ?@", "'a\u001Db', a?b", "'\u0010\u0004\u0001', ???", "'\t', ?"})
    void controlCharactersCannotSmuggleCommandsIntoTheText(String text, String printed) {
        assertEquals(printed, new PrintableText(CodeTable.CP858).of(text));
    }
}
