package mx.michangarrito.pos.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.shared.text.UserMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counter's printer on the virtual printer: tickets, the drawer, problems and the demo preview. */
class PrinterOutputTest {

    private final Simulators simulators = new Simulators();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private VirtualPrinter paper;
    private PrinterOutput output;

    @BeforeEach
    void open() throws IOException {
        SimUri uri = new SimUri("prueba");
        paper = simulators.printer(uri);
        output = PrinterOutput.open(uri, 58, simulators, Clock.systemUTC(), Duration.ofMillis(200),
                Duration.ofMillis(200), Runnable::run, UserMessage.ES_MX);
        output.feedTo(new PrinterFeed() {
            @Override
            public void problem(String text) {
                heard.add("problem: " + text);
            }

            @Override
            public void ready() {
                heard.add("ready");
            }

            @Override
            public void printed(byte[] previewPng) {
                heard.add("printed " + (previewPng.length > 8 && previewPng[1] == 'P' ? "png" : "?"));
            }

            @Override
            public void noPrinter(int waiting) {
                heard.add("no printer " + waiting);
            }
        });
    }

    @AfterEach
    void close() {
        output.close();
        simulators.close();
    }

    private static ReceiptDocument ticket(String text) {
        return ReceiptDocument.builder().text(text).cut().build();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("never: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aTicketPrintsAndItsPictureComesBack() throws InterruptedException {
        output.print("CAJA1-1", ticket("Venta CAJA1-1"));
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        assertTrue(paper.receipts().getFirst().text().contains("Venta CAJA1-1"));
        await(() -> heard.contains("printed png"), "the preview");
    }

    @Test
    void theDrawerOpens() throws InterruptedException {
        output.openDrawer();
        assertTrue(paper.awaitDrawerKicks(1, Duration.ofSeconds(20)));
    }

    @Test
    void paperOutIsAProblemAndTheWaitingTicketPrintsOnceThePaperIsBack() throws InterruptedException {
        paper.paperOut(true);
        output.print("CAJA1-2", ticket("Venta CAJA1-2"));
        await(() -> heard.stream().anyMatch(h -> h.startsWith("problem: La impresora no tiene papel. Pon un rollo nuevo")),
                "the paper-out problem, in Spanish, saying what to do");
        assertEquals(0, paper.receipts().size());
        heard.clear();

        paper.paperOut(false);
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        await(() -> heard.contains("ready"), "the problem is gone");
        Thread.sleep(600); // a few more retries and health checks: still exactly one ticket
        assertEquals(1, paper.receipts().size(), "never printed twice");
    }

    @Test
    void theDrawerOpensEvenWhileTheTicketWaitsForPaper() throws InterruptedException {
        paper.paperOut(true);
        output.print("CAJA1-3", ticket("Venta CAJA1-3"));
        output.openDrawer();
        assertTrue(paper.awaitDrawerKicks(1, Duration.ofSeconds(20)));
        assertEquals(0, paper.receipts().size());
    }

    @Test
    void paperNearItsEndStaysOnScreenWhileTicketsStillPrint() throws InterruptedException {
        paper.paperNearEnd(true);
        await(() -> heard.stream().anyMatch(h -> h.startsWith("problem: La impresora tiene poco papel")),
                "the near-end warning");
        heard.clear();
        output.print("CAJA1-4", ticket("Venta CAJA1-4"));
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        await(() -> heard.contains("printed png"), "the preview");
        Thread.sleep(400);
        assertTrue(heard.getLast().startsWith("printed") || heard.getLast().startsWith("problem: La impresora tiene poco papel"),
                heard.toString());
        assertTrue(heard.stream().noneMatch("ready"::equals), "the warning is not cleared by a printed ticket");
    }
}
