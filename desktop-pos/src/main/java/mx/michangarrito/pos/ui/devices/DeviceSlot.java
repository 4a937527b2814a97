package mx.michangarrito.pos.ui.devices;

import java.util.Locale;
import java.util.Optional;
import mx.michangarrito.pos.PosApplication;
import mx.michangarrito.pos.device.DisplayOutput;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.ScaleInput;

/**
 * The devices a counter can have, each with the setting that holds its address ({@code sim:} simulator,
 * {@code none} off) and what the counter uses when the setting is absent. The cash drawer has no address
 * of its own: it opens through the printer.
 */
public enum DeviceSlot {
    SCANNER(PosApplication.SCANNER_SETTING, "sim:"),
    PRINTER(PrinterOutput.PRINTER_SETTING, "sim:"),
    DRAWER(null, null),
    DISPLAY(DisplayOutput.DISPLAY_SETTING, "sim:"),
    SCALE(ScaleInput.SCALE_SETTING, "none"),
    CARD_TERMINAL(DevicesViewModel.CARD_TERMINAL_SETTING, "none");

    private final String setting;
    private final String fallback;

    DeviceSlot(String setting, String fallback) {
        this.setting = setting;
        this.fallback = fallback;
    }

    /** The setting holding the address; empty for the drawer. */
    public Optional<String> setting() {
        return Optional.ofNullable(setting);
    }

    /** The address the app starts with when the setting is absent. */
    String fallback() {
        return fallback;
    }

    /** The id used in bundle keys and node ids, e.g. {@code card-terminal}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
