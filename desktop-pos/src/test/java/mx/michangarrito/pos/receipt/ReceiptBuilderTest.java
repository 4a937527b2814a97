package mx.michangarrito.pos.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.michangarrito.hardware.receipt.EscPosRenderer;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.receipt.ReceiptProfile;
import mx.michangarrito.hardware.sim.PrintedReceipt;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Discount;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored sale's ticket, printed on the virtual printer and read back as the paper shows it. */
class ReceiptBuilderTest {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    @TempDir
    Path dir;
    TestTerminal fx;
    Product coke;
    Product bread;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dir);
        coke = fx.product("Coca-Cola 600 ml", "7501055300075", 2000, TaxRates.IVA_16);
        bread = fx.product("Bolillo", null, 250, TaxRates.IVA_0);
        fx.shifts.open(fx.cashierId, Money.ofPesos(500));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static ReceiptSettings shop(String rfc) {
        return new ReceiptSettings("Abarrotes Lupita", "Av. Juárez 12\nCentro, Puebla", rfc, "¡Bienvenidos!",
                "Gracias por su compra", MEXICO, true);
    }

    /** What the paper shows after the printer got the ticket. */
    private static PrintedReceipt print(ReceiptDocument document, int paper) throws IOException {
        byte[] bytes = new EscPosRenderer(ReceiptProfile.forPaper(paper)).render(document);
        try (VirtualPrinter printer = new VirtualPrinter()) {
            printer.serve(new ByteArrayInputStream(bytes), new ByteArrayOutputStream());
            assertEquals(0, printer.unknownCommands());
            return printer.receipts().getLast();
        }
    }

    private CompletedSale cashSale() {
        Cart cart = new Cart();
        cart.addUnits(coke, new BigDecimal("2"));
        cart.addUnits(bread, new BigDecimal("4"));
        cart.setLineDiscount(1, new Discount.Amount(Money.ofPesos(1)));
        return fx.sales.complete(cart, List.of(Tender.cash(Money.ofPesos(100))), fx.cashierId);
    }

    @Test
    void aCashTicketHasTheShopTheSaleTaxesTenderAndChange() throws IOException {
        CompletedSale sale = cashSale(); // $40.00 + $10.00 - $1.00 = $49.00
        String paper = print(new ReceiptBuilder(Locale.of("es", "MX")).build(
                new SaleTicket(sale, "Caro", List.of(), false), shop("XAXX010101000")), 80).text();

        for (String expected : List.of("Abarrotes Lupita", "Av. Juárez 12", "Centro, Puebla", "RFC: XAXX010101000",
                "¡Bienvenidos!", "CAJA1-1", "23/11/2026 10:00", "Caro", "Coca-Cola 600 ml", "2 x $20.00", "$40.00",
                "4 x $2.50", "Descuento", "-$1.00", "IVA 16% s/ $34.48", "$5.52", "IVA 0% s/ $9.00", "TOTAL",
                "$49.00", "Efectivo", "$100.00", "Cambio", "$51.00", "Gracias por su compra")) {
            assertTrue(paper.contains(expected), "missing «" + expected + "» in\n" + paper);
        }
        assertFalse(paper.contains("REIMPRESIÓN"));
    }

    @Test
    void fiftyEightMillimetrePaperKeepsEveryLineInThirtyTwoColumns() throws IOException {
        CompletedSale sale = cashSale();
        PrintedReceipt printed = print(new ReceiptBuilder(Locale.of("es", "MX")).build(
                new SaleTicket(sale, "Caro", List.of(), false), shop("")), 58);
        assertTrue(printed.lines().stream().allMatch(line -> line.length() <= 32), printed.text());
        assertFalse(printed.text().contains("RFC"), "no RFC set, none printed");
        assertTrue(printed.cut());
    }

    @Test
    void aReprintSaysSoAndAFiadoTicketShowsTheBalanceOwed() throws IOException {
        Customer lupe = fx.customers.create(new CustomerDraft("Lupe Ramírez", java.util.Optional.empty(),
                Money.ofPesos(500), java.util.Optional.empty()), java.util.Optional.empty());
        Cart cart = new Cart();
        cart.addUnits(coke, BigDecimal.ONE);
        CompletedSale sale = fx.sales.complete(cart, List.of(Tender.fiado(Money.ofPesos(20), lupe.id())), fx.cashierId);
        SaleTicket ticket = new SaleTicket(sale, "Caro",
                List.of(new SaleTicket.FiadoBalance("Lupe Ramírez", fx.fiado.balance(lupe.id()))), false);

        String paper = print(new ReceiptBuilder(Locale.of("es", "MX")).build(ticket.asReprint(), shop("")), 80).text();
        assertTrue(paper.contains("REIMPRESIÓN"), paper);
        assertTrue(paper.contains("Cuenta de fiado de Lupe Ramírez"), paper);
        assertTrue(paper.contains("Saldo pendiente") && paper.contains("$20.00"), paper);
        assertFalse(paper.contains("Cambio"), "no cash, no change line");
    }

    @Test
    void theSettingsComeFromTheTerminalAndTheDrawerOpensOnCashUnlessTurnedOff() {
        fx.services().settings.putAll(Map.of(ReceiptSettings.SHOP_NAME, "Tienda Don Pepe", ReceiptSettings.RFC,
                "PEPJ800101AB1", ReceiptSettings.FOOTER, "Vuelva pronto"));
        ReceiptSettings read = ReceiptSettings.load(fx.services().settings, MEXICO, "MiChangarrito");
        assertEquals("Tienda Don Pepe", read.shopName());
        assertEquals("PEPJ800101AB1", read.rfc());
        assertEquals("", read.address());
        assertTrue(read.drawerOnCash());
        fx.services().settings.put(ReceiptSettings.DRAWER_ON_CASH, "false");
        assertFalse(ReceiptSettings.load(fx.services().settings, MEXICO, "x").drawerOnCash());
    }

    @Test
    void englishTicketsUseTheEnglishWords() throws IOException {
        String paper = print(new ReceiptBuilder(Locale.ENGLISH).build(new SaleTicket(cashSale(), "Caro", List.of(), false),
                shop("")), 80).text();
        assertTrue(paper.contains("Cash") && paper.contains("Change") && paper.contains("VAT 16%"), paper);
    }

    @Test
    void aStatementOfAPeriodHasTheOpeningEachEntryTheTotalsAndTheClosing() throws IOException {
        Customer rosa = fx.customers.create(CustomerDraft.of("Doña Rosa", Money.ofPesos(500)), java.util.Optional.empty());
        Cart cart = new Cart();
        cart.addUnits(coke, new BigDecimal("5"));
        fx.sales.complete(cart, List.of(Tender.fiado(Money.ofPesos(100), rosa.id())), fx.cashierId);
        fx.clock.advance(java.time.Duration.ofDays(3));
        fx.payments.receive(rosa.id(), Money.ofPesos(30), mx.michangarrito.pos.fiado.PaymentTender.CASH,
                java.util.Optional.empty(), fx.cashierId);
        java.time.LocalDate payDay = java.time.LocalDate.ofInstant(fx.clock.instant(), MEXICO);
        var statement = fx.fiado.statement(rosa.id(), payDay, payDay);
        String paper = print(new ReceiptBuilder(Locale.forLanguageTag("es-MX")).buildStatement(
                new StatementTicket(statement, fx.clock.instant(), "Caro"), shop("")), 80).text();
        assertTrue(paper.contains("ESTADO DE CUENTA DE FIADO") && paper.contains("Cuenta de fiado de Doña Rosa"), paper);
        assertTrue(paper.contains("26/11/2026 - 26/11/2026"), paper);
        assertTrue(lineWith(paper, "Saldo inicial").endsWith("$100.00"), paper);
        assertTrue(lineWith(paper, "26/11/2026 Abono").endsWith("-$30.00"), paper);
        assertTrue(lineWith(paper, "Cargos del periodo").endsWith("$0.00"), paper);
        assertTrue(lineWith(paper, "Abonos del periodo").endsWith("-$30.00"), paper);
        assertTrue(lineWith(paper, "Saldo final").endsWith("$70.00"), paper);
        assertFalse(paper.contains("Devoluciones del periodo"), "no returns, no line");
    }

    private static String lineWith(String paper, String start) {
        return paper.lines().map(String::strip).filter(l -> l.startsWith(start)).findFirst().orElse("").strip();
    }
}
