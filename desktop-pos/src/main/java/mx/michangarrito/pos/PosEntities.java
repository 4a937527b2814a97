package mx.michangarrito.pos;

import java.util.List;
import java.util.stream.Stream;
import mx.michangarrito.pos.audit.AuditEntry;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.corte.CorteService;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.sale.SaleService;
import mx.michangarrito.pos.sale.VoidService;
import mx.michangarrito.pos.settings.Setting;
import mx.michangarrito.pos.stock.StockService;
import mx.michangarrito.pos.sync.OutboxPusher;
import mx.michangarrito.pos.user.User;

/** Every mapped entity of the terminal, for opening its database (composition root). */
public final class PosEntities {

    private PosEntities() {
    }

    public static List<Class<?>> all() {
        return Stream.of(List.<Class<?>>of(Setting.class, User.class, AuditEntry.class), CatalogService.entities(),
                Outbox.entities(), StockService.entities(), FiadoLedger.entities(), ShiftService.entities(),
                SaleService.entities(), VoidService.entities(), CorteService.entities(), OutboxPusher.entities())
                .flatMap(List::stream).toList();
    }
}
