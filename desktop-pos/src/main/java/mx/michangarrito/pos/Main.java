package mx.michangarrito.pos;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import mx.michangarrito.hardware.output.OutputCli;
import mx.michangarrito.pos.bench.BenchCli;
import mx.michangarrito.pos.ui.bench.AotTrainCli;
import mx.michangarrito.pos.ui.bench.BenchUiCli;
import mx.michangarrito.pos.input.InputDeviceCli;
import mx.michangarrito.pos.selftest.SelfTestCli;
import mx.michangarrito.pos.store.DataDirectory;

/**
 * Entry point of the counter app. With no arguments it starts the JavaFX counter ({@link PosApplication});
 * with a command it runs that command: {@code bench [--products N] [--sales N]}, {@code bench-ui [--scans N] [--gap-ms G]}
 * (the counter scene on the headless JavaFX platform), {@code aot-train --cache FILE} (the JDK's AOT cache of the
 * start, {@link AotTrainCli}), {@code --version},
 * {@code --self-test} (checks this PC's data folder, database and device settings; exit code 0 or 1),
 * the input-device commands {@code scan-listen}, {@code scale-read}, {@code card-sale}
 * ({@link InputDeviceCli}), or the printer commands of the hardware module ({@code devices},
 * {@code print-test}, {@code open-drawer}, {@code printer-status}). The commands need no display, so an
 * installer can run them over SSH or from a packaging test.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging();
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int exit = switch (args.length == 0 ? "" : args[0]) {
            case "", "--demo" -> counter(args);
            case "bench" -> BenchCli.run(rest, System.out, System.err);
            case "bench-ui" -> BenchUiCli.run(rest, System.out, System.err);
            case "aot-train" -> AotTrainCli.run(rest, System.out, System.err);
            case "scan-listen" -> InputDeviceCli.scanListen(rest, System.in, System.out, System.err);
            case "scale-read" -> InputDeviceCli.scaleRead(rest, System.out, System.err);
            case "card-sale" -> InputDeviceCli.cardSale(rest, System.out, System.err);
            case "devices", "print-test", "open-drawer", "printer-status" ->
                    new OutputCli(System.out, System.err, Clock.systemUTC()).run(args[0], rest);
            case "--version" -> version();
            case "--self-test" -> SelfTestCli.run(versionText(), DataDirectory.forThisProcess(), System.out);
            default -> usage(args[0]);
        };
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** JUL from the bundled logging.properties, unless the user points java.util.logging.config.file elsewhere. */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (var in = Main.class.getResourceAsStream("/logging.properties")) {
            if (in != null) {
                java.util.logging.LogManager.getLogManager().readConfiguration(in);
            }
        } catch (java.io.IOException e) {
            System.err.println("logging configuration not read: " + e.getMessage());
        }
    }

    private static String versionText() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "MiChangarrito POS " + (version == null ? "(dev)" : version);
    }

    private static int version() {
        System.out.println(versionText());
        return 0;
    }

    /** The JavaFX counter; returns when its window closes. */
    private static int counter(String[] args) {
        PosApplication.openEarly(); // the database opens while the toolkit starts
        try {
            javafx.application.Application.launch(PosApplication.class, args);
        } finally {
            PosApplication.closeUntaken();
        }
        return 0;
    }

    private static int usage(String command) {
        System.err.println("Comando desconocido: " + command);
        System.err.println("Uso: Main [(sin argumentos: la caja) | --demo (la caja; una carpeta nueva se vuelve la tienda de demostración) | bench [--products N] [--sales N] | bench-ui [--scans N] [--gap-ms G] | aot-train --cache FICHERO | --version | --self-test"
                + " | scan-listen <uri> | scale-read <uri> --protocol toledo|cas-pd2|cas-esp | card-sale <uri> <centavos>"
                + " | devices | print-test <dirección> [--width 58|80] [--codepage cp858|wpc1252|cp850|cp437]"
                + " | open-drawer <dirección> | printer-status <dirección>]");
        return 2;
    }
}
