package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_SIMULATOR_NAME;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The built-in simulator of a device kind, for tests and demo mode: {@code sim:} or, to tell several
 * apart, {@code sim:<name>} such as {@code sim:caja-2}. Two-way, like the devices it imitates.
 *
 * @param name empty for the default simulator, else letters, digits, {@code -}, {@code _} and {@code .}
 */
public record SimUri(String name) implements DeviceUri {

    // Before DEFAULT: static fields initialize in order, and DEFAULT's constructor uses it.
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]*");

    /** The default simulator, {@code sim:}. */
    public static final SimUri DEFAULT = new SimUri("");

    /**
     * Checks the name.
     *
     * @throws InvalidDeviceUriException if the name holds other characters
     */
    public SimUri {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidDeviceUriException(INVALID_SIMULATOR_NAME, name, name);
        }
    }

    /** @return {@code true}: simulators answer like the real devices do */
    @Override
    public boolean twoWay() {
        return true;
    }

    /** @return {@code sim:} or {@code sim:<name>} */
    @Override
    public String toString() {
        return "sim:" + name;
    }
}
