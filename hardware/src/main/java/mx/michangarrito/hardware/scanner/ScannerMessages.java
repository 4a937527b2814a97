package mx.michangarrito.hardware.scanner;

import mx.michangarrito.hardware.text.HardwareMessage;

/** The scanner texts; {0} is the scanner's name, {1} its address, {2} what was received. */
final class ScannerMessages {

    static final String BUNDLE = "mx.michangarrito.hardware.scanner.messages";

    private ScannerMessages() {
    }

    static HardwareMessage of(String key, Object... args) {
        return HardwareMessage.of(BUNDLE, key, args);
    }
}
