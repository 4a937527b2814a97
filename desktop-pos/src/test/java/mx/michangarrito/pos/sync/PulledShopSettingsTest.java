package mx.michangarrito.pos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.michangarrito.hardware.receipt.EscPosRenderer;
import mx.michangarrito.hardware.receipt.ReceiptProfile;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.receipt.ReceiptBuilder;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.receipt.SaleTicket;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.SettingState;
import mx.michangarrito.shared.sync.Tombstone;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shop settings the owner sets in the cloud reach the counter with the next pull, while the app runs: the
 * zone moves "today", statements and ticket times; the ticket header and footer print on the next ticket.
 */
class PulledShopSettingsTest {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final ZoneId TIJUANA = ZoneId.of("America/Tijuana");
    /** 01:30 on the 24th in Mexico City, 23:30 on the 23rd in Tijuana. */
    private static final Instant LATE = Instant.parse("2026-11-24T07:30:00Z");

    @TempDir
    Path dir;
    private TestTerminal t;
    private final ScriptedChanges cloud = new ScriptedChanges();
    private ChangePuller puller;

    @BeforeEach
    void open() {
        t = new TestTerminal(dir);
        puller = new ChangePuller(t.db, cloud, t.clock, t.ids, 10, ids -> t.catalog.refresh(ids));
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aPulledZoneMovesTodayStatementsAndTicketTimesWithoutARestart() throws IOException {
        Product coke = t.product("Coca-Cola 600 ml", "7501055300075", 2_000, TaxRates.IVA_16);
        Customer lupe = t.customers.create(new CustomerDraft("Lupe Ramírez", Optional.empty(), Money.ofPesos(500),
                Optional.empty()), Optional.empty());
        t.shifts.open(t.cashierId, Money.ofPesos(500));
        t.clock.set(LATE);
        Cart cart = new Cart();
        cart.addUnits(coke, BigDecimal.ONE);
        CompletedSale sale = t.sales.complete(cart, List.of(Tender.fiado(Money.ofPesos(20), lupe.id())), t.cashierId);
        LocalDate the24th = LocalDate.of(2026, 11, 24);

        assertEquals(MEXICO, t.services().shopZone(), "no zone pulled yet: the configured one");
        assertEquals(the24th, t.services().reports.today().from());
        assertEquals(1, t.fiado.statement(lupe.id(), the24th, the24th).lines().size());
        assertTrue(ticket(sale).contains("24/11/2026 01:30"));

        cloud.add(new SettingState("shop.zone", "America/Tijuana"));
        assertNull(puller.pullAll());

        assertEquals(TIJUANA, t.services().shopZone());
        assertEquals(the24th.minusDays(1), t.services().reports.today().from(), "still the 23rd in Tijuana");
        assertEquals(0, t.fiado.statement(lupe.id(), the24th, the24th).lines().size(),
                "the charge was made on the 23rd, Tijuana time");
        assertEquals(1, t.fiado.statement(lupe.id(), the24th.minusDays(1), the24th.minusDays(1)).lines().size());
        assertTrue(ticket(sale).contains("23/11/2026 23:30"), "the ticket prints Tijuana's time");

        cloud.add(new SettingState("shop.zone", "Not/A_Zone"));
        assertNull(puller.pullAll());
        assertEquals(MEXICO, t.services().shopZone(), "a zone the terminal cannot read falls back to its own");

        cloud.add(new SettingState("shop.zone", "America/Tijuana"), new Tombstone(SettingState.KIND, "shop.zone"));
        assertNull(puller.pullAll());
        assertEquals(MEXICO, t.services().shopZone(), "removed in the cloud: the configured zone again");
    }

    @Test
    void theOwnersHeaderAndFooterFromTheCloudPrintOnTheNextTicket() throws IOException {
        Product coke = t.product("Coca-Cola 600 ml", "7501055300075", 2_000, TaxRates.IVA_16);
        t.shifts.open(t.cashierId, Money.ofPesos(500));
        Cart cart = new Cart();
        cart.addUnits(coke, BigDecimal.ONE);
        CompletedSale sale = t.sales.complete(cart, List.of(Tender.cash(Money.ofPesos(50))), t.cashierId);

        cloud.add(new SettingState("shop.ticket-header", "¡Bienvenidos a Lupita!\nAbierto 7 a 22"),
                new SettingState("shop.ticket-footer", "Gracias, vuelva pronto"),
                new SettingState("ticket.header", "forged: not a shop setting"));
        assertNull(puller.pullAll());

        assertEquals(Optional.of("¡Bienvenidos a Lupita!\nAbierto 7 a 22"),
                t.services().settings.get(ReceiptSettings.HEADER), "kept where the ticket reads it");
        String paper = ticket(sale);
        for (String expected : List.of("¡Bienvenidos a Lupita!", "Abierto 7 a 22", "Gracias, vuelva pronto")) {
            assertTrue(paper.contains(expected), "missing «" + expected + "» in\n" + paper);
        }
        assertFalse(paper.contains("forged"), "only shop.* settings are the cloud's to change");

        cloud.add(new Tombstone(SettingState.KIND, "shop.ticket-footer"));
        assertNull(puller.pullAll());
        assertEquals(Optional.empty(), t.services().settings.get(ReceiptSettings.FOOTER));
        assertFalse(ticket(sale).contains("vuelva pronto"), "the owner removed the footer");
    }

    /** The ticket as the counter prints it now (settings and zone read at print time) and the paper shows it. */
    private String ticket(CompletedSale sale) throws IOException {
        ReceiptSettings shop = ReceiptSettings.load(t.services().settings, t.services().shopZone(), "MiChangarrito");
        byte[] bytes = new EscPosRenderer(ReceiptProfile.forPaper(80)).render(new ReceiptBuilder(Locale.of("es", "MX"))
                .build(new SaleTicket(sale, "Caro", List.of(), false), shop));
        try (VirtualPrinter printer = new VirtualPrinter()) {
            printer.serve(new ByteArrayInputStream(bytes), new ByteArrayOutputStream());
            return printer.receipts().getLast().text();
        }
    }
}
