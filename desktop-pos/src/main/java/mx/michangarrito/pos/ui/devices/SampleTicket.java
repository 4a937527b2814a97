package mx.michangarrito.pos.ui.devices;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

    public SampleTicket(Locale locale, String cashier) {
        this.builder = new ReceiptBuilder(locale);
        this.cashier = cashier;
    }

    /** The PNG of the sample ticket on {@code paperMillimetres} paper with the shop's header and footer. */
    public byte[] png(ReceiptSettings shop, int paperMillimetres, Instant at) {
        ReceiptProfile profile = ReceiptProfile.forPaper(paperMillimetres);
        byte[] escPos = new EscPosRenderer(profile).render(builder.build(sale(at), shop));
        VirtualPrinter paper = new VirtualPrinter();
        try {
            paper.serve(new ByteArrayInputStream(escPos), new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PrintedReceipt> cut = paper.receipts();
        PrintedReceipt receipt = cut.isEmpty() ? paper.onPrinter() : cut.getLast();
        return new ReceiptPreview(profile.dotsPerLine()).png(receipt);
    }

    private SaleTicket sale(Instant at) {
        List<CartLine> lines = List.of(
                new CartLine(new UUID(0, 1), "Refresco cola 600 ml", Money.ofCentavos(1850), TaxRates.IVA_16, false,
                        new BigDecimal("2"), Discount.NONE),
                new CartLine(new UUID(0, 2), "Jitomate saladet", Money.ofCentavos(3200), TaxRates.IVA_0, true,
                        new BigDecimal("0.750"), Discount.NONE));
        var totals = new TaxEngine().compute(lines.stream()
                .map(l -> new TaxLine(l.unitPrice(), l.quantity(), l.discountAmount(), l.taxes())).toList());
        Money handed = Money.ofCentavos(10_000);
        CompletedSale sale = new CompletedSale(new UUID(0, 3), "A-000123", totals, lines, List.of(Tender.cash(handed)),
                handed.minus(totals.total()), at);
        return new SaleTicket(sale, cashier, List.of(), false);
    }
}
