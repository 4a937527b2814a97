package mx.michangarrito.pos.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static mx.michangarrito.pos.testing.Eventually.waitUntil;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.scale.SerialScale;
import mx.michangarrito.hardware.scale.Toledo8217;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.simulator.ScaleSimulator;
import mx.michangarrito.hardware.simulator.Simulated;
import mx.michangarrito.hardware.simulator.SimulatedDevices;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.PrinterFeed;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.ScaleInput;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devices section's view model on a real terminal with simulated devices, without a stage. */
class DevicesViewModelTest {

    @TempDir
    Path dir;
    TestTerminal terminal;
    final Simulators simulators = new Simulators();
    DeviceBridge devices;
    VirtualPrinter paper;
    PrinterOutput printer;
    ScaleSimulator scale;
    ScaleInput scaleInput;
    final List<String> saleHeard = new ArrayList<>();
    DevicesViewModel model;

    @BeforeEach
    void open() throws Exception {
        terminal = new TestTerminal(dir);
        devices = new DeviceBridge(Runnable::run, Texts.spanish().locale());
        SimUri uri = new SimUri("ajustes");
        paper = simulators.printer(uri);
        printer = PrinterOutput.open(uri, 58, simulators, Clock.systemUTC(), Duration.ofMillis(200),
                Duration.ofMillis(200), Runnable::run, Texts.spanish().locale());
        devices.attachPrinter(printer);
        printer.feedTo(new PrinterFeed() {
            @Override
            public void problem(String text) {
                saleHeard.add("problem");
            }

            @Override
            public void ready() {
                saleHeard.add("ready");
            }

            @Override
            public void printed(byte[] previewPng) {
                saleHeard.add("printed");
            }

            @Override
            public void noPrinter(int waiting) {
                saleHeard.add("no printer " + waiting);
            }
        });
        Simulated<SerialScale, ScaleSimulator> simulated = SimulatedDevices.scale("scale", uri, new Toledo8217(),
                Clock.systemUTC());
        scale = simulated.simulator();
        scale.setWeight(new BigDecimal("1.250"));
        scaleInput = new ScaleInput(simulated.device(), simulated, Runnable::run, Texts.spanish().locale());
        devices.attachScale(scaleInput);
        model = new DevicesViewModel(terminal.services().settings, devices, Texts.spanish(), new InlineTaskExecutor(),
                terminal.services().shopZone(), Clock.systemUTC(), () -> List.of("serial:/dev/ttyUSB7", "spooler:Caja"));
        model.load();
    }

    @AfterEach
    void close() {
        model.leave();
        printer.close();
        scaleInput.close();
        simulators.close();
        devices.close();
        terminal.close();
    }

    @Test
    void theTestTicketReachesThePrinterAndTheScaleWeightShowsAsItsLiveStatus() throws Exception {
        model.test(DeviceSlot.PRINTER);
        waitUntil(() -> !paper.receipts().isEmpty());
        assertTrue(paper.receipts().getLast().text().contains("ñÑ"), paper.receipts().getLast().text());
        waitUntil(() -> model.row(DeviceSlot.SCALE).statusProperty().get().startsWith("1.250 kg"));
        assertEquals("1.250 kg · estable", model.row(DeviceSlot.SCALE).statusProperty().get());
        waitUntil(() -> model.row(DeviceSlot.PRINTER).statusProperty().get().equals("Lista para imprimir"));
    }

    @Test
    void printerProblemsShowOnTheRowAndStillReachTheSaleWhichGetsThePrinterBackOnLeaving() throws Exception {
        paper.paperOut(true);
        waitUntil(() -> model.row(DeviceSlot.PRINTER).problemProperty().get());
        waitUntil(() -> saleHeard.contains("problem"));
        paper.paperOut(false);
        waitUntil(() -> !model.row(DeviceSlot.PRINTER).problemProperty().get());
        model.leave();
        saleHeard.clear();
        paper.paperOut(true);
        waitUntil(() -> saleHeard.contains("problem"));
    }

    @Test
    void detectionListsTheSimulatorNoneAndThisComputersPortsButPrintersOnlyForThePrinter() {
        model.detect(DeviceSlot.SCALE);
        assertEquals(List.of("sim:", "none", "serial:/dev/ttyUSB7"), model.row(DeviceSlot.SCALE).candidates());
        model.detect(DeviceSlot.PRINTER);
        assertEquals(List.of("sim:", "none", "serial:/dev/ttyUSB7", "spooler:Caja"),
                model.row(DeviceSlot.PRINTER).candidates());
    }

    @Test
    void aChosenAddressIsSavedForTheNextStartAndABadOneIsRefusedInSpanish() {
        var settings = terminal.services().settings;
        model.row(DeviceSlot.SCALE).chosenProperty().set("serial:/dev/ttyUSB7");
        assertTrue(model.save(DeviceSlot.SCALE));
        assertEquals(Optional.of("serial:/dev/ttyUSB7"), settings.get("device.scale"));
        assertEquals("serial:/dev/ttyUSB7", model.row(DeviceSlot.SCALE).savedProperty().get());
        assertTrue(model.messageProperty().get().contains("al volver a abrir el programa"), model.messageProperty().get());

        model.row(DeviceSlot.PRINTER).chosenProperty().set("impresora de la esquina");
        assertFalse(model.save(DeviceSlot.PRINTER));
        assertTrue(model.errorProperty().get());
        assertTrue(model.messageProperty().get().contains("no es una dirección válida"), model.messageProperty().get());
        assertEquals(Optional.empty(), settings.get("device.printer"));

        model.row(DeviceSlot.DISPLAY).chosenProperty().set(" NONE ");
        assertTrue(model.save(DeviceSlot.DISPLAY));
        assertEquals(Optional.of("none"), settings.get("device.display"));
    }

    @Test
    void aScannedCodeShowsAsTheScannersLastCodeAndTheSaleGetsScansBackOnLeaving() {
        List<String> sale = new ArrayList<>();
        model.leave();
        devices.scansTo(new mx.michangarrito.pos.device.ScanFeed() {
            @Override
            public void scanned(String code) {
                sale.add(code);
            }

            @Override
            public void problem(String text) {
            }
        });
        model.load();
        model.test(DeviceSlot.SCANNER);
        assertEquals("Escanea algo ahora: el código aparecerá aquí.", model.row(DeviceSlot.SCANNER).statusProperty().get());
        var feed = devices.swapScans(null);
        feed.scanned("7501055300075");
        assertEquals("Último código: 7501055300075", model.row(DeviceSlot.SCANNER).statusProperty().get());
        devices.swapScans(feed);
        model.leave();
        devices.swapScans(null).scanned("123");
        assertEquals(List.of("123"), sale);
    }

    @Test
    void thePreviewRedrawsWhenTheHeaderOrThePaperWidthChangesAndTheLayoutIsSaved() {
        byte[] first = model.previewProperty().get();
        assertNotNull(first);
        model.headerProperty().set("¡Ofertas los martes!");
        byte[] withHeader = model.previewProperty().get();
        assertFalse(Arrays.equals(first, withHeader));
        model.paperProperty().set(58);
        int narrow = width(model.previewProperty().get());
        model.paperProperty().set(80);
        int wide = width(model.previewProperty().get());
        assertTrue(wide > narrow, "80 mm paper is drawn wider than 58 mm: " + wide + " vs " + narrow);
        model.paperProperty().set(58);
        model.footerProperty().set("Gracias por su compra");
        model.saveLayout();
        var settings = terminal.services().settings;
        assertEquals(Optional.of("¡Ofertas los martes!"), settings.get(ReceiptSettings.HEADER));
        assertEquals(Optional.of("Gracias por su compra"), settings.get(ReceiptSettings.FOOTER));
        assertEquals(Optional.of("58"), settings.get(PrinterOutput.PAPER_SETTING));
    }

    private static int width(byte[] png) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theRowsFollowPaperCoverDrawerAndWeightAsTheyChangeOnTheSimulators() throws Exception {
        DeviceRow printerRow = model.row(DeviceSlot.PRINTER);
        paper.paperOut(true);
        waitUntil(() -> printerRow.statusProperty().get().equals(
                "La impresora no tiene papel. Pon un rollo nuevo; los tickets pendientes se imprimirán solos."));
        assertTrue(printerRow.problemProperty().get());
        paper.paperOut(false);
        waitUntil(() -> printerRow.statusProperty().get().equals("Lista para imprimir"));
        paper.coverOpen(true);
        waitUntil(() -> printerRow.statusProperty().get().equals(
                "La impresora tiene la tapa abierta. Ciérrala bien; los tickets pendientes se imprimirán solos."));
        assertTrue(printerRow.problemProperty().get());
        paper.coverOpen(false);
        waitUntil(() -> !printerRow.problemProperty().get());

        DeviceRow drawer = model.row(DeviceSlot.DRAWER);
        waitUntil(() -> drawer.statusProperty().get().equals("Cajón cerrado"));
        model.test(DeviceSlot.DRAWER);
        waitUntil(() -> drawer.statusProperty().get().equals("Cajón abierto"));
        assertTrue(drawer.problemProperty().get());
        paper.drawerOpen(false); // the cashier pushes it shut
        model.refresh();
        waitUntil(() -> drawer.statusProperty().get().equals("Cajón cerrado"));
        assertFalse(drawer.problemProperty().get());

        waitUntil(() -> model.row(DeviceSlot.SCALE).statusProperty().get().equals("1.250 kg · estable"));
        scale.setWeight(new BigDecimal("0.480"));
        model.refresh();
        waitUntil(() -> model.row(DeviceSlot.SCALE).statusProperty().get().equals("0.480 kg · estable"));
        model.leave();
        scale.setWeight(new BigDecimal("2.000"));
        model.refresh(); // the screen is gone: nothing is read for it
        Thread.sleep(300);
        assertEquals("0.480 kg · estable", model.row(DeviceSlot.SCALE).statusProperty().get());
    }
}
