package mx.michangarrito.pos.ui.devices;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.hardware.receipt.EscPosRenderer;
import mx.michangarrito.hardware.receipt.ReceiptProfile;
import mx.michangarrito.hardware.sim.PrintedReceipt;
import mx.michangarrito.hardware.sim.ReceiptPreview;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.receipt.ReceiptBuilder;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.receipt.SaleTicket;
import mx.michangarrito.pos.sale.CartLine;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Discount;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxEngine;
import mx.michangarrito.shared.tax.TaxLine;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * A sample sale's ticket drawn as it would come out of the printer: built by the counter's own
 * {@link ReceiptBuilder}, rendered to ESC/POS for the chosen paper, read back by a virtual printer and
 * drawn by the hardware's {@link ReceiptPreview}, as the demo printer shows real tickets.
 */
public final class SampleTicket {

    private final ReceiptBuilder builder;
    private final String cashier;
    private final String drink;
    private final String tomato;

    /** The sample in the counter's language: its cashier and items come from the ui bundle. */
    public SampleTicket(Texts texts) {
        this.builder = new ReceiptBuilder(texts.locale());
        this.cashier = texts.get("devices.preview.cashier");
        this.drink = texts.get("devices.preview.item.drink");
        this.tomato = texts.get("devices.preview.item.tomato");
    }

    /** The PNG of the sample ticket on {@code paperMillimetres} paper with the shop's header and footer. */
    public byte[] png(ReceiptSettings shop, int paperMillimetres, Instant at) {
        ReceiptProfile profile = ReceiptProfile.forPaper(paperMillimetres);
        return new ReceiptPreview(profile.dotsPerLine()).png(printed(shop, profile, at));
    }

    /** The text the sample ticket prints (what the preview draws). */
    String text(ReceiptSettings shop, int paperMillimetres, Instant at) {
        return printed(shop, ReceiptProfile.forPaper(paperMillimetres), at).text();
    }

    private PrintedReceipt printed(ReceiptSettings shop, ReceiptProfile profile, Instant at) {
        byte[] escPos = new EscPosRenderer(profile).render(builder.build(sale(at), shop));
        VirtualPrinter paper = new VirtualPrinter();
        try {
            paper.serve(new ByteArrayInputStream(escPos), new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PrintedReceipt> cut = paper.receipts();
        return cut.isEmpty() ? paper.onPrinter() : cut.getLast();
    }

    private SaleTicket sale(Instant at) {
        List<CartLine> lines = List.of(
                new CartLine(new UUID(0, 1), drink, Money.ofCentavos(1850), TaxRates.IVA_16, false,
                        new BigDecimal("2"), Discount.NONE),
                new CartLine(new UUID(0, 2), tomato, Money.ofCentavos(3200), TaxRates.IVA_0, true,
                        new BigDecimal("0.750"), Discount.NONE));
        var totals = new TaxEngine().compute(lines.stream()
                .map(l -> new TaxLine(l.unitPrice(), l.quantity(), l.discountAmount(), l.taxes())).toList());
        Money handed = Money.ofCentavos(10_000);
        CompletedSale sale = new CompletedSale(new UUID(0, 3), "A-000123", totals, lines, List.of(Tender.cash(handed)),
                handed.minus(totals.total()), at);
        return new SaleTicket(sale, cashier, List.of(), false);
    }
}
