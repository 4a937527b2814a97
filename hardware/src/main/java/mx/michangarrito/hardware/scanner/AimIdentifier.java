package mx.michangarrito.hardware.scanner;

import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.hardware.device.Symbology;

/**
 * An AIM symbology identifier (ISO/IEC 15424) that a scanner can be set to send before each code:
 * {@code ]}, a code character naming the symbology, and a modifier character. The ones a shop meets:
 * {@code ]E0} EAN-13, UPC-A or UPC-E (told apart by length), {@code ]E4} EAN-8, {@code ]C0}…{@code ]C4}
 * Code 128 ({@code ]C1} is GS1-128), {@code ]A0}… Code 39, {@code ]I0}/{@code ]I1} Interleaved 2 of 5
 * (ITF-14 on cases), {@code ]Q0}… QR code. Any other well-formed identifier ({@code ]E1}…{@code ]E3}
 * add-ons, {@code ]d} Data Matrix, {@code ]e} GS1 DataBar, {@code ]X} other…) is removed and reads as
 * {@link Symbology#UNKNOWN}.
 *
 * @param code      the code character, e.g. {@code 'E'}
 * @param modifier  the modifier character, e.g. {@code '0'}
 * @param data      the code after the identifier
 * @param symbology the barcode type it names
 */
public record AimIdentifier(char code, char modifier, String data, Symbology symbology) {

    /** Checks the parts. */
    public AimIdentifier {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(symbology, "symbology");
    }

    /**
     * Splits a received code into its AIM identifier and the data after it.
     *
     * @param received the code as received, prefix removed
     * @return the identifier and data; empty when {@code received} does not start with a well-formed
     *         identifier followed by at least one character
     */
    public static Optional<AimIdentifier> split(String received) {
        if (received.length() < 4 || received.charAt(0) != ']') {
            return Optional.empty();
        }
        char code = received.charAt(1);
        char modifier = received.charAt(2);
        if (!isAsciiLetter(code) || !(isAsciiLetter(modifier) || (modifier >= '0' && modifier <= '9'))) {
            return Optional.empty();
        }
        String data = received.substring(3);
        return Optional.of(new AimIdentifier(code, modifier, data, symbology(code, modifier, data)));
    }

    private static Symbology symbology(char code, char modifier, String data) {
        return switch (code) {
            case 'E' -> switch (modifier) {
                case '0' -> switch (data.length()) {
                    case 13 -> Symbology.EAN_13;
                    case 12 -> Symbology.UPC_A;
                    case 8 -> Symbology.UPC_E;
                    default -> Symbology.UNKNOWN;
                };
                case '4' -> Symbology.EAN_8;
                default -> Symbology.UNKNOWN;
            };
            case 'C' -> Symbology.CODE_128;
            case 'A' -> Symbology.CODE_39;
            case 'I' -> Symbology.ITF;
            case 'Q' -> Symbology.QR_CODE;
            default -> Symbology.UNKNOWN;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
