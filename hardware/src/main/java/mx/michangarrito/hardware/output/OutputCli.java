package mx.michangarrito.hardware.output;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.DrawerPolarity;
import mx.michangarrito.hardware.device.InvalidDeviceUriException;
import mx.michangarrito.hardware.device.PrinterStatus;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.drawer.DrawerOutcome;
import mx.michangarrito.hardware.printer.PrintServices;
import mx.michangarrito.hardware.printer.PrinterSettings;
import mx.michangarrito.hardware.printer.ReceiptPrinter;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.receipt.ReceiptProfile;
import mx.michangarrito.hardware.receipt.TestTicket;
import mx.michangarrito.hardware.sim.PrintedItem;
import mx.michangarrito.hardware.sim.PrintedReceipt;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * The output-device commands of the counter app's command line: {@code devices},
 * {@code print-test <uri> [--width 58|80] [--codepage cp858|wpc1252|cp850|cp437] [--chinese-mode off]},
 * {@code open-drawer <uri>} and {@code printer-status <uri>}. Exit codes: 0 done, 1 the printer
 * answered but could not print, 2 bad arguments or the device could not be reached within 3 s.
 */
public final class OutputCli {

    /** The command names this class runs. */
    public static final List<String> COMMANDS = List.of("devices", "print-test", "open-drawer", "printer-status");

    private static final String MESSAGES = "mx.michangarrito.hardware.output.messages";
    private static final Duration REACH = Duration.ofSeconds(3);
    private static final Duration ANSWER = Duration.ofSeconds(1);

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    /**
     * @param out   where results go
     * @param err   where errors go
     * @param clock time source
     */
    public OutputCli(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /**
     * Runs one command.
     *
     * @param command one of {@link #COMMANDS}
     * @param args    the arguments after it
     * @return the exit code
     */
    public int run(String command, List<String> args) {
        try (Simulators simulators = new Simulators()) {
            return switch (command) {
                case "devices" -> args.isEmpty() ? devices() : usage();
                case "print-test" -> printTest(args, simulators);
                case "open-drawer" -> args.size() == 1 ? openDrawer(args.getFirst(), simulators) : usage();
                case "printer-status" -> args.size() == 1 ? printerStatus(args.getFirst(), simulators) : usage();
                default -> usage();
            };
        } catch (InvalidDeviceUriException e) {
            err.println(e.userMessage().spanish());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(text("cli.badOption", e.getMessage()));
            return usage();
        }
    }

    private int devices() {
        out.println(text("cli.serialPorts"));
        SerialPort[] ports = SerialPort.getCommPorts();
        if (ports.length == 0) {
            out.println("  " + text("cli.none"));
        }
        for (SerialPort port : ports) {
            out.println("  serial:" + port.getSystemPortPath() + "  (" + port.getPortDescription() + ")");
        }
        out.println(text("cli.printServices"));
        List<String> services = PrintServices.names();
        if (services.isEmpty()) {
            out.println("  " + text("cli.none"));
        }
        services.forEach(name -> out.println("  " + new mx.michangarrito.hardware.device.SpoolerUri(name)));
        return 0;
    }

    private int printTest(List<String> args, Simulators simulators) {
        if (args.isEmpty()) {
            return usage();
        }
        DeviceUri uri = DeviceUri.parse(args.getFirst());
        int width = 80;
        CodeTable table = CodeTable.CP858;
        boolean chineseOff = false;
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--width" -> width = Integer.parseInt(value);
                case "--codepage" -> table = CodeTable.parse(value);
                case "--chinese-mode" -> chineseOff = switch (value) {
                    case "off" -> true;
                    case "on" -> false;
                    default -> throw new IllegalArgumentException(option + " " + value);
                };
                default -> throw new IllegalArgumentException(option);
            }
        }
        ReceiptProfile profile = ReceiptProfile.forPaper(width).withCodeTable(table).withChineseModeOff(chineseOff);
        ReceiptPrinter printer = printer(uri, new PrinterSettings(profile, DrawerPolarity.OPEN_WHEN_HIGH, ANSWER), simulators);
        try (printer) {
            printer.start(REACH);
            Optional<PrinterStatus> before = printer.readStatus();
            if (before.isPresent() && !before.get().readyToPrint()) {
                err.println(printer.checkHealth().detail().spanish());
                return 1;
            }
            printer.print(TestTicket.document(profile));
            printer.readStatus(); // on a two-way link: the answer follows the ticket, so it all arrived
            out.println(text("cli.printed", printer.uri()));
            if (uri instanceof SimUri sim) {
                PrintedReceipt printed = simulators.printer(sim).receipts().getLast();
                printed.items().forEach(item -> show(item));
            }
            return 0;
        } catch (DeviceException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private void show(PrintedItem item) {
        switch (item) {
            case PrintedItem.Line line -> out.println("  | " + line.text());
            case PrintedItem.Barcode barcode -> out.println("  | [" + (barcode.ean13() ? "EAN-13 " : "") + barcode.data() + "]");
            case PrintedItem.QrCode qr -> out.println("  | [QR " + qr.data() + "]");
            case PrintedItem.Image image -> out.println("  | [" + image.image().width() + "x" + image.image().height() + "]");
            case PrintedItem.Feed feed -> { } // blank paper
        }
    }

    private int openDrawer(String address, Simulators simulators) {
        ReceiptPrinter printer = printer(DeviceUri.parse(address), settings(), simulators);
        try (printer) {
            DrawerOutcome outcome = new OutputDevices(simulators, clock).drawer(printer).kick();
            switch (outcome) {
                case PULSED -> out.println(text("cli.drawerOpened"));
                case PULSED_REAL_TIME -> out.println(text("cli.drawerOpenedRealTime"));
                case FAILED -> err.println(text("cli.drawerFailed", address));
            }
            return outcome == DrawerOutcome.FAILED ? 2 : 0;
        }
    }

    private int printerStatus(String address, Simulators simulators) {
        PrinterSettings settings = settings();
        ReceiptPrinter printer = printer(DeviceUri.parse(address), settings, simulators);
        try (printer) {
            printer.start(REACH);
            Optional<PrinterStatus> status = printer.readStatus();
            if (status.isEmpty()) {
                err.println(printer.checkHealth().detail().spanish());
                return 2;
            }
            out.println(status.get().summary(settings.drawerPolarity()));
            return 0;
        } catch (DeviceException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private ReceiptPrinter printer(DeviceUri uri, PrinterSettings settings, Simulators simulators) {
        return new OutputDevices(simulators, clock).printer("printer", uri, settings);
    }

    private static PrinterSettings settings() {
        return new PrinterSettings(ReceiptProfile.forPaper(80), DrawerPolarity.OPEN_WHEN_HIGH, ANSWER);
    }

    private int usage() {
        err.println(text("cli.usage"));
        return 2;
    }

    private static String text(String key, Object... args) {
        return HardwareMessage.of(MESSAGES, key, args).spanish();
    }
}
