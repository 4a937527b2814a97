package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_BAUD;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_DATA_BITS;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_FLOW_CONTROL;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_PARITY;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_STOP_BITS;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.MISSING_SERIAL_PORT;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads what follows {@code serial:}: a port name, then optional {@code ?baud=…&bits=…&parity=…&stop=…&flow=…}. */
final class SerialUriParser {

    private static final Set<String> OPTIONS = Set.of("baud", "bits", "parity", "stop", "flow");
    private static final Pattern BAUD = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DATA_BITS = Pattern.compile("[5-8]");

    private SerialUriParser() {
    }

    static SerialUri parse(String rest) {
        int question = rest.indexOf('?');
        String portText = question < 0 ? rest : rest.substring(0, question);
        String port = UriText.decode(portText);
        if (port.isBlank()) {
            throw new InvalidDeviceUriException(MISSING_SERIAL_PORT, portText, rest);
        }
        Map<String, String> options = QueryParameters.parse(question < 0 ? "" : rest.substring(question + 1), OPTIONS);
        SerialSettings defaults = SerialSettings.DEFAULT;
        return new SerialUri(port, new SerialSettings(
                options.containsKey("baud") ? baudRate(options.get("baud")) : defaults.baudRate(),
                options.containsKey("bits") ? dataBits(options.get("bits")) : defaults.dataBits(),
                options.containsKey("parity") ? parity(options.get("parity")) : defaults.parity(),
                options.containsKey("stop") ? stopBits(options.get("stop")) : defaults.stopBits(),
                options.containsKey("flow") ? flowControl(options.get("flow")) : defaults.flowControl()));
    }

    private static int baudRate(String text) {
        if (!BAUD.matcher(text).matches() || Integer.parseInt(text) == 0) {
            throw new InvalidDeviceUriException(INVALID_BAUD, text, text);
        }
        return Integer.parseInt(text);
    }

    private static int dataBits(String text) {
        if (!DATA_BITS.matcher(text).matches()) {
            throw new InvalidDeviceUriException(INVALID_DATA_BITS, text, text);
        }
        return Integer.parseInt(text);
    }

    private static Parity parity(String text) {
        return Parity.fromText(text).orElseThrow(() -> new InvalidDeviceUriException(INVALID_PARITY, text, text));
    }

    private static StopBits stopBits(String text) {
        return StopBits.fromText(text).orElseThrow(() -> new InvalidDeviceUriException(INVALID_STOP_BITS, text, text));
    }

    private static FlowControl flowControl(String text) {
        return FlowControl.fromText(text)
                .orElseThrow(() -> new InvalidDeviceUriException(INVALID_FLOW_CONTROL, text, text));
    }
}
