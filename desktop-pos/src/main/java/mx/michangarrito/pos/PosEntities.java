package mx.michangarrito.pos;

import java.util.List;
import java.util.stream.Stream;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.settings.Setting;
import mx.michangarrito.pos.stock.StockService;

/** Every mapped entity of the terminal, for opening its database (composition root). */
public final class PosEntities {

    private PosEntities() {
    }

    public static List<Class<?>> all() {
        return Stream.of(List.<Class<?>>of(Setting.class), CatalogService.entities(), Outbox.entities(),
                StockService.entities(), FiadoLedger.entities()).flatMap(List::stream).toList();
    }
}
