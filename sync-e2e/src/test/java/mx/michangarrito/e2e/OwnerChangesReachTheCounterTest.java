package mx.michangarrito.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.sync.ChangePuller;
import mx.michangarrito.pos.sync.OutboxPusher;
import mx.michangarrito.pos.sync.SyncStatus;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The owner works in the cloud (owner API) while a real counter sells: a new price for a product made
 * at the counter, a new product with a barcode, a new cashier with a PIN and the shop's time zone. After
 * one sync round of the counter (push, then pull with the desktop's ChangePuller against the real
 * cloud), the next scan sells at the new price, the new product scans, the new cashier logs in with
 * the PIN, the counter's "today" and ticket times are in the new zone and the ticket has the owner's header.
 */
class OwnerChangesReachTheCounterTest {

    @TempDir
    Path dir;
    private CloudUnderTest cloud;
    private SellingTerminal counter;

    @BeforeEach
    void shopWithOneCounter() throws IOException {
        cloud = new CloudUnderTest(dir.resolve("cloud"));
        counter = new SellingTerminal(dir.resolve("CAJA1"), "CAJA1");
        counter.pair(cloud, cloud.url, "Caja 1");
    }

    @AfterEach
    void close() {
        counter.close();
        cloud.close();
    }

    private void syncRound() {
        OutboxPusher pusher = OutboxPusher.create(counter.pos.db, counter.target, Clock.systemUTC());
        pusher.pullWith(ChangePuller.create(counter.pos.db, counter.target, Clock.systemUTC(),
                counter.pos.catalog::refresh));
        assertInstanceOf(SyncStatus.Synced.class, pusher.pushPending(), pusher.status().toString());
    }

    private Product scan(String code) {
        return assertInstanceOf(ScanResult.Item.class, counter.pos.catalog.scan(code)).product();
    }

    private Money sell(Product p) {
        Cart cart = new Cart();
        cart.addUnits(p, BigDecimal.ONE);
        return counter.pos.sales.complete(cart, List.of(Tender.cash(Money.ofPesos(100))), counter.cashier)
                .totals().total();
    }

    @Test
    void thePriceProductCashierAndZoneTheOwnerSetsReachTheCounterAndTheNextScanSellsAtTheNewPrice() {
        Product soda = counter.pos.catalog.create(ProductDraft.simple("Refresco 600 ml", "7501055300075",
                Money.ofCentavos(1_800), TaxRates.IVA_16), Optional.empty());
        counter.openShift();
        assertEquals(Money.ofCentavos(1_800), sell(scan("7501055300075")));
        syncRound();

        // The owner, in the cloud: a new price for the counter's product, from the version read.
        JsonNode listed = cloud.call("GET", "/v1/catalog/products", cloud.ownerToken, null, 200);
        assertEquals(soda.id().toString(), listed.get(0).get("productId").asText());
        cloud.call("PUT", "/v1/catalog/products/" + soda.id() + "/price", cloud.ownerToken,
                Map.of("priceCentavos", 2_000, "version", listed.get(0).get("version").asLong()), 200);
        // A new product, then its barcode.
        String cookies = cloud.call("POST", "/v1/catalog/products", cloud.ownerToken, Map.of("name", "Galletas María",
                "unit", "PIEZA", "iva", "IVA_0", "costCentavos", 1_000, "priceCentavos", 1_590), 201)
                .get("productId").asText();
        cloud.call("POST", "/v1/catalog/products/" + cookies + "/barcodes", cloud.ownerToken,
                Map.of("code", "7501000111206"), 201);
        // A cashier with a PIN, and the shop's zone.
        String beto = cloud.call("POST", "/v1/terminal-users", cloud.ownerToken, Map.of("displayName", "Beto",
                "role", "CASHIER", "pin", "2468"), 201).get("userId").asText();
        cloud.call("PUT", "/v1/shop/settings", cloud.ownerToken, Map.of("timeZone", "America/Tijuana",
                "ticketHeader", "¡Bienvenidos!\nAbierto 7 a 22"), 200);

        syncRound();

        assertEquals(Money.ofCentavos(2_000), sell(scan("7501055300075")), "the next scan sells at the new price");
        Product pulled = scan("7501000111206");
        assertEquals(UUID.fromString(cookies), pulled.id());
        assertEquals(Money.ofCentavos(1_590), sell(pulled));
        Operator loggedIn = counter.pos.users.login(UUID.fromString(beto), "2468");
        assertEquals("Beto", loggedIn.displayName());
        assertEquals(Optional.of("America/Tijuana"), counter.pos.settings.get("shop.zone"));
        assertEquals(ZoneId.of("America/Tijuana"), counter.pos.shopZone(), "the counter works in the pulled zone");
        assertEquals(ZoneId.of("America/Tijuana"), counter.pos.reports.today().zone(), "its today is Tijuana's");
        ReceiptSettings ticket = ReceiptSettings.load(counter.pos.settings, counter.pos.shopZone(), "Tienda");
        assertEquals("¡Bienvenidos!\nAbierto 7 a 22", ticket.header(), "the next ticket prints the owner's header");
        assertEquals(ZoneId.of("America/Tijuana"), ticket.zone());
        assertEquals("America/Tijuana", cloud.query("SELECT time_zone FROM tenants"));
        // The pulled changes went nowhere but the counter: nothing queued back up.
        syncRound();
        assertEquals(0, counter.pending());
    }
}
