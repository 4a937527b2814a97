package mx.michangarrito.pos.ui.backoffice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.sale.SaleHistory;
import mx.michangarrito.pos.ui.customers.CustomersView;
import mx.michangarrito.pos.ui.customers.CustomersViewModel;
import mx.michangarrito.pos.ui.tickets.TicketsView;
import mx.michangarrito.pos.ui.tickets.TicketsViewModel;
import javafx.application.Platform;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.DeviceDiscovery;
import mx.michangarrito.pos.ui.cloud.CloudView;
import mx.michangarrito.pos.ui.cloud.CloudViewModel;
import mx.michangarrito.pos.ui.cloud.ResyncViewModel;
import mx.michangarrito.pos.ui.devices.DevicesView;
import mx.michangarrito.pos.ui.firstrun.FirstRunViewModel;
import mx.michangarrito.pos.ui.devices.DevicesViewModel;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.ui.catalog.CatalogView;
import mx.michangarrito.pos.ui.catalog.CatalogViewModel;
import mx.michangarrito.pos.ui.inventory.InventoryView;
import mx.michangarrito.pos.ui.inventory.InventoryViewModel;
import mx.michangarrito.pos.ui.report.ReportsView;
import mx.michangarrito.pos.ui.report.ReportsViewModel;
import mx.michangarrito.pos.ui.settings.BackupView;
import mx.michangarrito.pos.ui.settings.BackupViewModel;
import mx.michangarrito.pos.ui.settings.SettingsView;
import mx.michangarrito.pos.ui.settings.SettingsViewModel;
import mx.michangarrito.pos.ui.settings.UsersView;
import mx.michangarrito.pos.ui.settings.UsersViewModel;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;

/**
 * The back office's sections, in menu order, wired to the terminal's services: the one place a new
 * section is added. Only those the operator's role may open are returned.
 */
public final class BackOfficeSections {

    private BackOfficeSections() {
    }

    /** The sections {@code operator} may open, on a terminal without running devices. */
    public static List<Section> forOperator(PosServices pos, Operator operator, Texts texts, TaskExecutor tasks,
            Shell shell) {
        return forOperator(pos, operator, texts, tasks, shell, Optional.empty(),
                new DeviceBridge(Runnable::run, texts.locale()));
    }

    /**
     * The sections {@code operator} may open, with the counter's ticket printing (empty when no printer is
     * configured) for reprints and receipts, and its devices for the devices section.
     */
    public static List<Section> forOperator(PosServices pos, Operator operator, Texts texts, TaskExecutor tasks,
            Shell shell, Optional<TicketService> tickets, DeviceBridge devices) {
        List<Section> all = new ArrayList<>();
        // Each section: all.add(new Section("id", texts.get("backoffice.section.id"), Role.X, () -> view.build()));
        // Catalog and inventory: managers and owners (docs/decisions/0014); a cashier only sells.
        all.add(new Section("catalog", texts.get("backoffice.section.catalog"), Role.MANAGER, () -> new CatalogView(
                new CatalogViewModel(pos.catalog, pos.users, operator, texts, tasks, pos.shopZone(), Platform::runLater),
                texts, shell).build()));
        all.add(new Section("inventory", texts.get("backoffice.section.inventory"), Role.MANAGER, () -> new InventoryView(
                new InventoryViewModel(pos.catalog, pos.stock, pos.purchases, operator, texts, pos.shopZone()),
                texts, shell).build()));
        all.add(new Section("reports", texts.get("backoffice.section.reports"), Role.MANAGER,
                () -> new ReportsView(new ReportsViewModel(pos.reports, texts, tasks), texts).build()));
        all.add(new Section("settings", texts.get("backoffice.section.settings"), Role.OWNER,
                () -> new SettingsView(new SettingsViewModel(pos.settings, texts, tasks,
                        appearance -> appearance.applyTo(shell.root())), texts).build()));
        all.add(new Section("users", texts.get("backoffice.section.users"), Role.OWNER,
                () -> new UsersView(new UsersViewModel(pos.users, operator, texts, tasks), texts).build()));
        all.add(new Section("backup", texts.get("backoffice.section.backup"), Role.OWNER,
                () -> new BackupView(new BackupViewModel(pos.backups, texts, tasks, pos.shopZone()), texts).build()));
        // Tickets: a cashier finds and reprints; voids need a manager's PIN (VoidService checks it).
        all.add(new Section("tickets", texts.get("backoffice.section.tickets"), Role.CASHIER, () -> new TicketsView(
                new TicketsViewModel(new SaleHistory(pos.db), pos.voids, pos.returns, pos.users, tickets, operator,
                        texts, tasks, pos.shopZone(), pos.clock()), texts, shell).build()));
        // Customers and fiados: a cashier views accounts and takes payments; limits need a manager (the view model).
        all.add(new Section("customers", texts.get("backoffice.section.customers"), Role.CASHIER,
                () -> new CustomersView(new CustomersViewModel(pos.customers, pos.fiado, pos.fiadoPayments, tickets,
                        operator, texts, tasks, pos.shopZone(), pos.clock()), texts).build()));
        all.add(new Section("devices", texts.get("backoffice.section.devices"), Role.OWNER,
                () -> new DevicesView(new DevicesViewModel(pos.settings, devices, texts, tasks, pos.shopZone(),
                        Clock.systemUTC(), DeviceDiscovery::addresses), texts).build()));
        all.add(new Section("cloud", texts.get("backoffice.section.cloud"), Role.OWNER,
                () -> new CloudView(new CloudViewModel(pos.pairing, pos.unpairing, operator.userId(), texts, tasks,
                        pos.settings.get(FirstRunViewModel.SHOP_NAME).map(name -> name + " · ").orElse("")
                                + texts.get("cloud.name.default")), new ResyncViewModel(pos.resync,
                        javafx.application.Platform::runLater, texts), texts).build()));
        return all.stream().filter(s -> operator.can(s.required())).toList();
    }
}
