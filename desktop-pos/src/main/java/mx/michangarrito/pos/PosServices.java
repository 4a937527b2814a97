package mx.michangarrito.pos;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import mx.michangarrito.pos.audit.AuditLog;
import mx.michangarrito.pos.backup.BackupService;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.corte.CorteService;
import mx.michangarrito.pos.fiado.CustomerService;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.fiado.FiadoPayments;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.report.ReportService;
import mx.michangarrito.pos.sale.ManagerApproval;
import mx.michangarrito.pos.sale.ParkedSales;
import mx.michangarrito.pos.sale.ReturnService;
import mx.michangarrito.pos.sale.SalePolicy;
import mx.michangarrito.pos.sale.SaleService;
import mx.michangarrito.pos.sale.VoidService;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.settings.ShopZone;
import mx.michangarrito.pos.stock.PurchaseService;
import mx.michangarrito.pos.stock.StockService;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.pos.sync.ChangePuller;
import mx.michangarrito.pos.sync.OutboxPusher;
import mx.michangarrito.pos.sync.CredentialVault;
import mx.michangarrito.pos.sync.Pairing;
import mx.michangarrito.pos.sync.ResyncTracker;
import mx.michangarrito.pos.sync.Unpairing;
import mx.michangarrito.pos.sync.SyncStatus;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.UserService;
import mx.michangarrito.shared.id.UuidV7Generator;

/** The terminal's services wired by hand on one database: the composition root of the counter app. */
public final class PosServices implements AutoCloseable {

    public final PosDatabase db;
    public final Outbox outbox;
    public final Settings settings;
    public final AuditLog audit;
    public final UserService users;
    public final CatalogService catalog;
    public final StockService stock;
    public final PurchaseService purchases;
    /** The shop's time zone, live: the pulled {@code shop.zone} setting, else the configured zone. */
    public final ShopZone zone;
    public final ShiftService shifts;
    public final CustomerService customers;
    public final FiadoLedger fiado;
    public final FiadoPayments fiadoPayments;
    public final SaleService sales;
    public final VoidService voids;
    public final ReturnService returns;
    public final ParkedSales parked;
    public final CorteService corte;
    public final Pairing pairing;
    public final Unpairing unpairing;
    /** The full resync's progress, for the screens (decision 0018). */
    public final ResyncTracker resync = new ResyncTracker();
    public final ReportService reports;
    public final BackupService backups;
    private final Clock clock;
    private static final Duration WARM_UP_DELAY = Duration.ofSeconds(3);
    private final Thread warmUp;
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
    private OutboxPusher pusher;

    private PosServices(PosDatabase db, PosConfig config, Clock clock) {
        UuidV7Generator ids = UuidV7Generator.system();
        this.db = db;
        this.outbox = new Outbox(clock);
        this.settings = new Settings(db, clock);
        this.audit = new AuditLog(db, clock);
        this.zone = ShopZone.fromSettings(db, config.shopZone());
        this.users = new UserService(db, audit, clock, zone, config.bcryptCost());
        this.catalog = new CatalogService(db, clock, ids, config.scaleLabels());
        this.stock = new StockService(db, clock, ids, outbox);
        this.purchases = new PurchaseService(db, stock, catalog, ids);
        this.shifts = new ShiftService(db, clock, ids, outbox);
        this.customers = new CustomerService(db, clock, ids, outbox);
        this.fiado = new FiadoLedger(db, clock, ids, outbox, zone);
        this.fiadoPayments = new FiadoPayments(db, fiado, shifts);
        ManagerApproval approval = (id, pin) -> users.authorize(id, pin, Role.MANAGER, "override").userId();
        this.sales = new SaleService(db, clock, ids, new SalePolicy(config.terminalCode(), config.discountLimitPercent()),
                approval, shifts, stock, fiado, outbox);
        this.voids = new VoidService(db, clock, ids, approval, shifts, stock, fiado, outbox);
        this.returns = new ReturnService(db, clock, ids, shifts, stock, fiado, outbox);
        this.parked = new ParkedSales(db, clock, ids);
        this.corte = new CorteService(db, clock, ids, outbox);
        this.pairing = new Pairing(settings, new CredentialVault(db, clock), Duration.ofSeconds(20),
                () -> Outbox.firstUnsent(db));
        this.unpairing = new Unpairing(db, pairing, users, this::stopSync, Duration.ofSeconds(20));
        this.reports = new ReportService(db, fiado, clock, zone);
        this.backups = new BackupService(db, settings, clock, zone);
        this.clock = clock;
        this.warmUp = Thread.ofVirtual().name("corte-warm-up").start(this::warmUpOnceStarted);
    }

    /**
     * The shop's time zone now: the dates screens show, its days and hours in reports and statements. A
     * zone the owner sets in the cloud applies from the next call, without a restart.
     */
    public ZoneId shopZone() {
        return zone.get();
    }

    /** The terminal's clock (screens use it for "today" in the shop's zone). */
    public Clock clock() {
        return clock;
    }

    /**
     * Sets up the outbox's JSON mapper and compiles the corte's queries a few seconds after opening, when the
     * counter is up: during the start itself it would take the CPU the login and sale screens need (decisions
     * 0019, 0025). Skipped when the services close first.
     */
    private void warmUpOnceStarted() {
        try {
            if (closing.await(WARM_UP_DELAY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            return;
        }
        warmUp();
    }

    private void warmUp() {
        try {
            Outbox.warmUp();
            corte.warmUp();
        } catch (RuntimeException e) {
            System.getLogger(PosServices.class.getName()).log(System.Logger.Level.DEBUG, "corte warm-up skipped", e);
        }
    }

    /** Opens (creating or migrating) the terminal's database in {@code dataDir} and wires every service. */
    public static PosServices open(Path dataDir, PosConfig config, Clock clock) {
        PosDatabase db = PosDatabase.open(dataDir, PosEntities.all());
        try {
            return new PosServices(db, config, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Starts pushing the outbox in the background if this terminal is paired, telling {@code onStatus}
     * (e.g. the status bar's adapter) every new status from the first one on; empty if it is not paired
     * yet. Once started, later calls return the same pusher. Stopped by {@link #close()}.
     */
    public synchronized Optional<OutboxPusher> startSync(Consumer<SyncStatus> onStatus) {
        if (pusher == null) {
            pairing.target().ifPresent(target -> {
                pusher = OutboxPusher.create(db, target, clock);
                ChangePuller puller = ChangePuller.create(db, target, clock, catalog::refresh);
                puller.onResyncProgress(resync);
                pusher.pullWith(puller);
                pusher.onStatus(onStatus);
                pusher.start();
            });
        }
        return Optional.ofNullable(pusher);
    }

    /** Stops the background sync (before unpairing); {@link #startSync} starts it again if still paired. */
    public synchronized void stopSync() {
        if (pusher != null) {
            pusher.close();
            pusher = null;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (pusher != null) {
                pusher.close();
            }
        }
        backups.close();
        closing.countDown();
        try {
            warmUp.join(java.time.Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }
}
