package mx.michangarrito.pos.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mx.michangarrito.hardware.device.BarcodeScanned;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.InvalidDeviceUriException;
import mx.michangarrito.hardware.device.PaymentResult;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.device.ScanRejected;
import mx.michangarrito.hardware.device.SerialUri;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.device.WeightRead;
import mx.michangarrito.hardware.device.WeightStatus;
import mx.michangarrito.hardware.payment.CardTerminal;
import mx.michangarrito.hardware.payment.ConcertTerminal;
import mx.michangarrito.hardware.payment.ConcertTimings;
import mx.michangarrito.hardware.scale.Scale;
import mx.michangarrito.hardware.scale.ScaleProtocol;
import mx.michangarrito.hardware.scale.SerialScale;
import mx.michangarrito.hardware.scanner.BarcodeScanner;
import mx.michangarrito.hardware.scanner.ScannerFraming;
import mx.michangarrito.hardware.scanner.ScannerSuffix;
import mx.michangarrito.hardware.scanner.SerialScanner;
import mx.michangarrito.hardware.simulator.CardTerminalSimulator;
import mx.michangarrito.hardware.simulator.ScaleSimulator;
import mx.michangarrito.hardware.simulator.ScannerSimulator;
import mx.michangarrito.hardware.simulator.Simulated;
import mx.michangarrito.hardware.simulator.SimulatedDevices;
import mx.michangarrito.pos.device.GtinSymbologies;

/**
 * The input-device commands of {@code Main}, for trying a device at the counter without the screens:
 * <ul>
 *   <li>{@code scan-listen <uri> [--suffix cr|lf|crlf|tab] [--prefix P] [--aim] [--symbology] [--count N]}: one
 *       line per code until interrupted (or N codes). {@code --aim}: the scanner sends AIM identifiers
 *       ({@code ]E0…}); {@code --symbology}: each line ends with {@code  symbology=EAN_13} (from the AIM
 *       identifier, else inferred from the GTIN check digit, else {@code UNKNOWN}). With {@code sim:} each line
 *       typed on standard input is scanned.</li>
 *   <li>{@code scale-read <uri> --protocol toledo|cas-pd2|cas-esp [--weight KG]}: prints
 *       {@code weight_kg=… stable=true|false status=…}; a {@code serial:} address without options uses the
 *       protocol's port settings; {@code --weight} sets the simulator's weight for {@code sim:}.</li>
 *   <li>{@code card-sale <uri> <amount-centavos>}: prints {@code result=approved|declined|cancelled|error auth=…};
 *       Ctrl-C while waiting cancels the sale.</li>
 * </ul>
 * Exit codes: 0 done, 1 device failure (message in Spanish on standard error), 2 bad arguments.
 */
public final class InputDeviceCli {

    private static final Duration CLAIM = Duration.ofSeconds(3);

    private InputDeviceCli() {
    }

    /** {@code scan-listen}. */
    public static int scanListen(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Optional<ScanListen> parsed = parsed(() -> ScanListen.parse(args),
                "scan-listen <uri> [--suffix cr|lf|crlf|tab] [--prefix P] [--aim] [--symbology] [--count N]", err);
        if (parsed.isEmpty()) {
            return 2;
        }
        ScanListen command = parsed.get();
        CountDownLatch enough = new CountDownLatch(1);
        long[] seen = {0};
        Simulated<SerialScanner, ScannerSimulator> sim = command.uri() instanceof SimUri simUri
                ? SimulatedDevices.scanner("scanner", simUri, command.framing(), GtinSymbologies.INSTANCE, Clock.systemUTC())
                : null;
        return onDevice(sim, err, () -> {
            try (BarcodeScanner scanner = sim != null ? sim.device()
                    : SerialScanner.onPort("scanner", command.uri(), command.framing(), GtinSymbologies.INSTANCE,
                            Clock.systemUTC(), Duration.ofSeconds(1))) {
                scanner.subscribe(event -> {
                    switch (event) {
                        case BarcodeScanned scan -> {
                            out.println(command.symbology() ? scan.code() + " symbology=" + scan.symbology() : scan.code());
                            out.flush();
                            if (++seen[0] >= command.count()) {
                                enough.countDown();
                            }
                        }
                        case ScanRejected rejected -> err.println(rejected.reason().spanish());
                        case Disconnected lost -> err.println(lost.reason().spanish());
                        case Reconnected back -> err.println("Escáner conectado de nuevo.");
                        default -> {
                        }
                    }
                });
                Thread stopOnCtrlC = new Thread(enough::countDown, "scan-listen stop");
                Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
                scanner.start(CLAIM);
                if (sim != null) {
                    Thread.ofPlatform().daemon().name("scan-listen stdin").start(() -> typeLines(in, sim.simulator(), enough));
                }
                enough.await();
                removeHook(stopOnCtrlC);
                return 0;
            }
        });
    }

    /** {@code scale-read}. */
    public static int scaleRead(List<String> args, PrintStream out, PrintStream err) {
        Optional<ScaleRead> parsed = parsed(() -> ScaleRead.parse(args),
                "scale-read <uri> --protocol toledo|cas-pd2|cas-esp", err);
        if (parsed.isEmpty()) {
            return 2;
        }
        ScaleRead command = parsed.get();
        Simulated<SerialScale, ScaleSimulator> sim = command.uri() instanceof SimUri simUri
                ? SimulatedDevices.scale("scale", simUri, command.protocol(), Clock.systemUTC()) : null;
        if (sim != null) {
            sim.simulator().setWeight(command.simulatedWeight());
        }
        return onDevice(sim, err, () -> {
            try (Scale scale = sim != null ? sim.device()
                    : new SerialScale("scale", command.uri(), command.protocol(), Clock.systemUTC(), Duration.ofSeconds(2))) {
                scale.start(CLAIM);
                WeightRead read = scale.readWeight();
                out.println("weight_kg=" + read.kilograms().map(BigDecimal::toPlainString).orElse("unknown")
                        + " stable=" + (read.status() == WeightStatus.STABLE)
                        + " status=" + read.status().name().toLowerCase(Locale.ROOT));
                return 0;
            }
        });
    }

    /** {@code card-sale}. */
    public static int cardSale(List<String> args, PrintStream out, PrintStream err) {
        Optional<CardSale> parsed = parsed(() -> CardSale.parse(args), "card-sale <uri> <monto-en-centavos>", err);
        if (parsed.isEmpty()) {
            return 2;
        }
        CardSale command = parsed.get();
        Simulated<ConcertTerminal, CardTerminalSimulator> sim = command.uri() instanceof SimUri simUri
                ? SimulatedDevices.cardTerminal("terminal", simUri, ConcertTimings.DEFAULT, Clock.systemUTC()) : null;
        return onDevice(sim, err, () -> {
            try (CardTerminal terminal = sim != null ? sim.device()
                    : new ConcertTerminal("terminal", command.uri(), 1, ConcertTimings.DEFAULT, Clock.systemUTC())) {
                terminal.start(CLAIM);
                CountDownLatch finished = new CountDownLatch(1);
                Thread cancelOnCtrlC = new Thread(() -> {
                    terminal.cancel();
                    awaitQuietly(finished);
                }, "card-sale cancel");
                Runtime.getRuntime().addShutdownHook(cancelOnCtrlC);
                try {
                    PaymentResult result = terminal.sale(command.amount());
                    out.println("result=" + result.outcome().name().toLowerCase(Locale.ROOT) + " auth="
                            + result.authorisationCode().orElse("") + result.maskedCard().map(card -> " card=" + card).orElse(""));
                    out.flush();
                    err.println(result.message().spanish());
                    err.flush();
                } finally {
                    finished.countDown(); // a Ctrl-C hook waits for this, so the cancelled result is printed
                }
                removeHook(cancelOnCtrlC);
                return 0;
            }
        });
    }

    /** The arguments of {@code scan-listen}. */
    private record ScanListen(DeviceUri uri, ScannerFraming framing, boolean symbology, long count) {
        static ScanListen parse(List<String> args) {
            DeviceUri uri = DeviceUri.parse(required(args, 0, "scan-listen <uri>"));
            ScannerFraming framing = ScannerFraming.DEFAULT;
            long count = Long.MAX_VALUE;
            boolean symbology = false;
            for (int i = 1; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--aim" -> framing = framing.withAim(true);
                    case "--symbology" -> symbology = true;
                    case "--suffix" -> framing = framing.withSuffix(ScannerSuffix.fromText(value(args, ++i))
                            .orElseThrow(() -> new IllegalArgumentException("suffix: cr, lf, crlf or tab")));
                    case "--prefix" -> framing = framing.withPrefix(value(args, ++i));
                    case "--count" -> count = Long.parseLong(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            return new ScanListen(uri, framing, symbology, count);
        }
    }

    /** The arguments of {@code scale-read}. */
    private record ScaleRead(DeviceUri uri, ScaleProtocol protocol, BigDecimal simulatedWeight) {
        static ScaleRead parse(List<String> args) {
            String text = required(args, 0, "scale-read <uri>");
            ScaleProtocol protocol = null;
            BigDecimal simulatedWeight = new BigDecimal("0.500");
            for (int i = 1; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--protocol" -> {
                        String id = value(args, ++i);
                        protocol = ScaleProtocol.byId(id).orElseThrow(
                                () -> new IllegalArgumentException("protocol: toledo, cas-pd2 or cas-esp, not " + id));
                    }
                    case "--weight" -> simulatedWeight = new BigDecimal(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            if (protocol == null) {
                throw new IllegalArgumentException("--protocol is required");
            }
            return new ScaleRead(withProtocolSettings(DeviceUri.parse(text), text, protocol), protocol, simulatedWeight);
        }
    }

    /** The arguments of {@code card-sale}. */
    private record CardSale(DeviceUri uri, long amount) {
        static CardSale parse(List<String> args) {
            DeviceUri uri = DeviceUri.parse(required(args, 0, "card-sale <uri> <amount-centavos>"));
            long amount = Long.parseLong(required(args, 1, "card-sale <uri> <amount-centavos>"));
            if (args.size() > 2) {
                throw new IllegalArgumentException("unexpected " + args.get(2));
            }
            return new CardSale(uri, amount);
        }
    }

    /** A command's arguments, or empty after printing why they are wrong (exit code 2). */
    private static <T> Optional<T> parsed(Supplier<T> parse, String usage, PrintStream err) {
        try {
            return Optional.of(parse.get());
        } catch (InvalidDeviceUriException e) {
            err.println(e.userMessage().spanish());
        } catch (RuntimeException e) {
            err.println("Uso: " + usage + "  (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /** Work on a device that answers an exit code; a device failure is printed and ends in 1. */
    @FunctionalInterface
    private interface DeviceWork {
        int run() throws InterruptedException;
    }

    /** Runs {@code work}, then closes the simulator if there is one. */
    private static int onDevice(Simulated<?, ?> sim, PrintStream err, DeviceWork work) {
        try {
            return work.run();
        } catch (DeviceException e) {
            err.println(e.userMessage().spanish());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            if (sim != null) {
                sim.close();
            }
        }
    }

    /** A {@code serial:} address written without options takes the scale model's port settings. */
    static DeviceUri withProtocolSettings(DeviceUri uri, String text, ScaleProtocol protocol) {
        if (uri instanceof SerialUri serial && !text.contains("?")) {
            return new SerialUri(serial.port(), protocol.serialSettings());
        }
        return uri;
    }

    private static void typeLines(InputStream in, ScannerSimulator simulator, CountDownLatch enough) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    simulator.scan(line.strip());
                }
            }
        } catch (IOException e) {
            enough.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C arrived as the sale ended: the hook has run already
        }
    }

    private static String required(List<String> args, int index, String usage) {
        if (args.size() <= index) {
            throw new IllegalArgumentException(usage);
        }
        return args.get(index);
    }

    private static String value(List<String> args, int index) {
        if (args.size() <= index) {
            throw new IllegalArgumentException("missing value after " + args.get(index - 1));
        }
        return args.get(index);
    }
}
