package mx.michangarrito.pos.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.scene.Scene;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.demo.DemoShop;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.receipt.ReceiptBuilder;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.device.ScanFeed;
import mx.michangarrito.pos.ui.backoffice.BackOfficeSections;
import mx.michangarrito.pos.ui.backoffice.BackOfficeView;
import mx.michangarrito.pos.ui.backoffice.Section;
import mx.michangarrito.pos.ui.cash.CashMovementViewModel;
import mx.michangarrito.pos.ui.cash.CorteView;
import mx.michangarrito.pos.ui.cash.CorteViewModel;
import mx.michangarrito.pos.ui.firstrun.FirstRunView;
import mx.michangarrito.pos.ui.firstrun.FirstRunViewModel;
import mx.michangarrito.pos.ui.login.LoginView;
import mx.michangarrito.pos.ui.login.LoginViewModel;
import mx.michangarrito.pos.ui.payment.PaymentViewModel;
import mx.michangarrito.pos.ui.sale.CustomerDisplayViewModel;
import mx.michangarrito.pos.ui.sale.PrinterViewModel;
import mx.michangarrito.pos.ui.sale.QuickKeysViewModel;
import mx.michangarrito.pos.ui.sale.SaleView;
import mx.michangarrito.pos.ui.sale.ScaleViewModel;
import mx.michangarrito.pos.ui.sale.SaleViewModel;
import mx.michangarrito.pos.ui.sale.WedgeInput;
import mx.michangarrito.pos.ui.shift.OpenShiftView;
import mx.michangarrito.pos.ui.shift.OpenShiftViewModel;
import mx.michangarrito.pos.ui.cloud.ResyncViewModel;
import mx.michangarrito.pos.ui.cloud.SyncIndicator;
import mx.michangarrito.pos.ui.cloud.SyncStatusViewModel;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;

/**
 * Which screen the counter shows: first run (no users yet), login, opening the shift when none is open,
 * then the sale screen until the cashier logs out. Scanner input (wedge bursts from the scene, serial
 * scanners through the device bridge) goes to the sale screen only.
 */
public final class CounterFlow {

    private final PosServices pos;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final Shell shell;
    private final DeviceBridge devices;
    private final SyncStatusViewModel syncStatus;
    private final ResyncViewModel resync;
    private SaleView saleView;
    private SaleViewModel saleModel;
    private TicketService tickets;
    private boolean demoWhenNew;

    public CounterFlow(PosServices pos, Texts texts, TaskExecutor tasks, Shell shell, DeviceBridge devices) {
        this.pos = Objects.requireNonNull(pos, "pos");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.syncStatus = new SyncStatusViewModel(pos::startSync, pos.pairing::credentialUnreadable,
                javafx.application.Platform::runLater, texts, pos.shopZone());
        this.resync = new ResyncViewModel(pos.resync, javafx.application.Platform::runLater, texts);
    }

    /**
     * A brand-new terminal becomes the demo shop at once, as F9 on the first-run screen makes it, instead of
     * waiting on the first-run form ({@code Main --demo}, the README's command); a terminal with a shop is
     * opened as usual.
     */
    public CounterFlow demoWhenNew() {
        demoWhenNew = true;
        return this;
    }

    /** Starts on the right screen and lets keyboard-wedge scans into the sale screen. */
    public void start(Scene scene, WedgeSettings wedge, LongSupplier nanoTime) {
        UiTrace.watch(scene); // only with -Dpos.ui.trace (the screenshot script waits on it)
        new WedgeInput(wedge, nanoTime, () -> saleView != null && !shell.hasOverlay(), this::scanned).install(scene);
        devices.scansTo(new ScanFeed() {
            @Override
            public void scanned(String code) {
                CounterFlow.this.scanned(code);
            }

            @Override
            public void problem(String text) {
                if (saleModel != null) {
                    saleModel.notice(text, true);
                }
            }
        });
        if (pos.users.isFirstRun()) {
            firstRun();
        } else {
            login();
        }
    }

    private void scanned(String code) {
        if (saleView != null) {
            saleView.scanned(code);
        }
    }

    private void firstRun() {
        leaveSale();
        FirstRunViewModel model = new FirstRunViewModel(pos.users, pos.settings, new DemoShop(pos.catalog, pos.customers), texts,
                tasks, this::loggedIn);
        devices.printers().ifPresent(model::offerPrinters);
        shell.show(new FirstRunView(model, texts).build());
        if (demoWhenNew) {
            model.startDemo();
        }
    }

    /** Shows the login screen (also after logging out). */
    public void login() {
        leaveSale();
        LoginViewModel model = new LoginViewModel(pos.users, texts, tasks, this::loggedIn);
        model.demoShop(FirstRunViewModel.isDemo(pos.settings));
        model.load();
        shell.show(new LoginView(model, texts).build());
    }

    private void loggedIn(Operator operator) {
        if (pos.shifts.current().isPresent()) {
            sale(operator);
        } else {
            OpenShiftViewModel model = new OpenShiftViewModel(pos.shifts, operator, texts, shift -> sale(operator));
            shell.show(new OpenShiftView(model, texts).build());
        }
    }

    private void sale(Operator operator) {
        saleModel = new SaleViewModel(pos.catalog, pos.sales, pos.parked, pos.users, operator, texts);
        SaleViewModel model = saleModel;
        PrinterViewModel printer = new PrinterViewModel(this::tickets, operator, texts, tasks,
                () -> devices.printer().ifPresent(PrinterOutput::retryNow), model::notice);
        devices.printerFeedTo(printer);
        String shop = pos.settings.get(FirstRunViewModel.SHOP_NAME).orElse(texts.get("app.title"));
        CustomerDisplayViewModel display = new CustomerDisplayViewModel(devices::display, texts, shop);
        display.follow(model);
        new ScaleViewModel(devices::scale, model, texts).follow();
        SaleView.PaymentFactory payments = cart -> {
            display.paying(cart);
            PaymentViewModel payment = new PaymentViewModel(cart, pos.sales, pos.customers, pos.users,
                    operator.userId(), texts, tasks, sale -> {
                        model.saleCompleted(sale);
                        display.paid(sale);
                        printer.saleCompleted(sale);
                    });
            devices.cardTerminal().ifPresent(payment::useTerminal);
            return payment;
        };
        saleView = new SaleView(model, printer, texts, shell, shop, payments,
                () -> new CashMovementViewModel(pos.shifts, operator, texts), () -> corte(operator, model),
                this::login, () -> backOffice(operator, model));
        syncStatus.start();
        saleView.showInTopBar(new SyncIndicator(syncStatus, resync).build());
        saleView.showQuickKeys(new QuickKeysViewModel(pos.catalog.quickKeys(), model, texts));
        shell.show(saleView.build());
    }

    /** The corte de caja; Escape returns to the same sale, closing the shift leads to the login. */
    private void corte(Operator operator, SaleViewModel sale) {
        CorteViewModel corte = new CorteViewModel(pos.corte, pos.shifts, operator, texts, tickets());
        if (!corte.load()) {
            sale.notice(corte.messageProperty().get(), true);
            return;
        }
        SaleView suspended = saleView;
        saleView = null;
        shell.show(new CorteView(corte, texts, () -> {
            saleView = suspended;
            shell.show(suspended.build());
        }, this::login).build());
    }

    /** The back office (catalog, inventory, reports…); Escape returns to the same sale. */
    private void backOffice(Operator operator, SaleViewModel sale) {
        List<Section> sections = BackOfficeSections.forOperator(pos, operator, texts, tasks, shell, tickets(),
                devices);
        if (sections.isEmpty()) {
            sale.notice(texts.get("backoffice.not-allowed"), true);
            return;
        }
        SaleView suspended = saleView;
        saleView = null;
        shell.show(new BackOfficeView(sections, operator, texts, () -> {
            saleView = suspended;
            syncStatus.start(); // paired in the back office: the sync starts now
            shell.show(suspended.build());
        }).build());
    }

    /**
     * The ticket printing while a printer is in use (empty while there is none), made once so the last ticket
     * can be reprinted after a new login and a printer chosen in the back office prints the next sale's ticket.
     */
    private Optional<TicketService> tickets() {
        if (devices.printer().isEmpty()) {
            return Optional.empty();
        }
        if (tickets == null) {
            tickets = new TicketService(() -> ReceiptSettings.load(pos.settings, pos.shopZone(), texts.get("app.title")),
                    pos.fiado, pos.customers, new ReceiptBuilder(texts.locale()), devices.tickets());
        }
        return Optional.of(tickets);
    }

    private void leaveSale() {
        saleView = null;
        saleModel = null;
        devices.printerFeedTo(null);
    }
}
