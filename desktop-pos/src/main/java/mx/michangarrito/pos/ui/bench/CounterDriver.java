package mx.michangarrito.pos.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import mx.michangarrito.pos.EarlyOpen;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.ScanFeed;
import mx.michangarrito.pos.ui.CounterFlow;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.FxTaskExecutor;

/**
 * The real counter ({@link CounterFlow}, wired as {@code PosApplication} wires it, without devices) in a
 * 1280×800 stage on the running JavaFX toolkit, driven the way a cashier and a scanner drive it. As in the
 * app, the shop's services open on a thread of their own ({@link EarlyOpen}) while the toolkit starts.
 */
final class CounterDriver implements AutoCloseable {

    static final String PIN = "1234";
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Demo items 1…18 are sold by the piece; 19 and 20 ask for a weight. */
    static final int PLAIN_ITEMS = 18;

    private final DeviceBridge devices;
    private final Map<String, Long> steps = new LinkedHashMap<>();
    private PosServices pos;
    private Stage stage;
    private Scene scene;
    private ScanFeed feed;

    private CounterDriver(DeviceBridge devices) {
        this.devices = devices;
    }

    /**
     * Opens the shop in {@code dataDir} while starting the toolkit (headless, as set by the caller), and shows
     * the counter's login screen.
     */
    static CounterDriver start(Path dataDir) throws Exception {
        EarlyOpen opening = EarlyOpen.start(dataDir, PosConfig.defaults(), Clock.systemUTC());
        Texts texts = Texts.spanish();
        CounterDriver driver = new CounterDriver(new DeviceBridge(Platform::runLater, texts.locale()));
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Runnable show = () -> {
            try {
                driver.steps.put("toolkit_up", System.nanoTime());
                Shell shell = new Shell();
                PosServices pos = opening.services();
                driver.pos = pos;
                driver.steps.put("services_open", System.nanoTime());
                driver.scene = new Scene(shell.root(), 1280, 800);
                new CounterFlow(pos, texts, new FxTaskExecutor(), shell, driver.devices)
                        .start(driver.scene, WedgeSettings.DEFAULT, System::nanoTime);
                // The screen that takes the scanner's codes: what DeviceBridge hands serial scans to.
                driver.feed = Objects.requireNonNull(driver.devices.swapScans(null), "the counter took no scans");
                driver.devices.scansTo(driver.feed);
                driver.stage = new Stage();
                driver.stage.setScene(driver.scene);
                driver.stage.show();
                driver.steps.put("login_shown", System.nanoTime());
                shown.complete(null);
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
            }
        };
        Platform.setImplicitExit(false);
        try {
            Platform.startup(show);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(show);
        }
        shown.get(5, TimeUnit.MINUTES); // a loaded machine may take long; the time is measured, not limited
        return driver;
    }

    /** When the start's steps were done ({@link System#nanoTime}), in order: toolkit up, services open, login shown. */
    Map<String, Long> steps() {
        return steps;
    }

    /**
     * The AOT cache this JVM was started with ({@code -XX:AOTCache=}), if any, and whether the JVM uses it: a
     * JVM that refuses its cache (or does not find it) runs without any shared archive, so "sharing" is
     * missing from {@code java.vm.info}.
     */
    static Optional<String> aotCache() {
        boolean mapped = System.getProperty("java.vm.info", "").contains("sharing");
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:AOTCache=")).map(a -> a.substring("-XX:AOTCache=".length()))
                .map(c -> mapped ? c : c + " NOT USED (missing or refused by the JVM)").findFirst();
    }

    /**
     * Types the PIN on the on-screen pad and presses Enter (the only user is preselected, the shift is
     * already open); completes with the {@link System#nanoTime} of the first pulse whose layout pass has the
     * sale screen (search box and cart) laid out in the scene.
     */
    CompletableFuture<Long> logIn() {
        CompletableFuture<Long> ready = new CompletableFuture<>();
        Platform.runLater(() -> {
            for (char digit : PIN.toCharArray()) {
                button("#pin-" + digit).fire();
            }
            button("#pin-enter").fire();
            whenLaidOut(() -> laidOut("#search") && laidOut("#cart") && laidOut("#total"),
                    () -> ready.complete(System.nanoTime()));
        });
        return ready;
    }

    /**
     * One scan, measured in microseconds: from handing the code to the FX thread as {@code DeviceBridge}
     * does for a serial scanner ({@code Platform.runLater}, then the sale screen's {@link ScanFeed}), taken
     * on the calling thread so the wait in the FX queue counts, to the end of the layout pass of the first
     * pulse in which the cart table's rows differ from before the scan (a new line or a new quantity) and the
     * total label shows a different total. Rendering that pulse's frame is not included. Completes with that
     * time and the FX thread's CPU time from the scan's start on it to the same end.
     */
    CompletableFuture<long[]> scan(String code) {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            TableView<?> cart = (TableView<?>) scene.lookup("#cart");
            Label total = (Label) scene.lookup("#total");
            List<Object> before = new ArrayList<>(cart.getItems());
            String totalBefore = total.getText();
            feed.scanned(code);
            whenLaidOut(() -> !totalBefore.equals(total.getText()) && !before.equals(new ArrayList<>(cart.getItems())),
                    () -> done.complete(new long[] {(System.nanoTime() - start) / 1_000,
                            (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000}));
        });
        return done;
    }

    /** Runs {@code then} on the FX thread after the first layout pass (from the next pulse on) where {@code ready} holds. */
    private void whenLaidOut(BooleanSupplier ready, Runnable then) {
        boolean[] finished = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (finished[0]) {
                return;
            }
            if (ready.getAsBoolean()) {
                finished[0] = true;
                then.run();
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private boolean laidOut(String id) {
        Node node = scene.lookup(id);
        return node != null && node.isVisible() && node.getLayoutBounds().getWidth() > 0;
    }

    private Button button(String id) {
        return (Button) Objects.requireNonNull(scene.lookup(id), id);
    }

    /** Hides the stage, stops the toolkit and the device bridge, closes the shop's services. */
    @Override
    public void close() {
        CompletableFuture<Void> hidden = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (stage != null) {
                stage.hide();
            }
            hidden.complete(null);
        });
        try {
            hidden.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the toolkit is stopped below either way
        }
        Platform.exit();
        devices.close();
        if (pos != null) {
            pos.close();
        }
    }
}
