package mx.michangarrito.pos.receipt;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import mx.michangarrito.hardware.receipt.Alignment;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.receipt.TextSize;
import mx.michangarrito.hardware.receipt.TextStyle;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.fiado.FiadoEntry;
import mx.michangarrito.pos.fiado.FiadoStatement;
import mx.michangarrito.pos.fiado.StatementLine;
import mx.michangarrito.pos.sale.CartLine;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.RateTotal;
import mx.michangarrito.shared.tax.TaxBreakdown;

/**
 * Lays out a sale's ticket, independent of the printer (the renderer fits it to 58 or 80 mm): the
 * shop's name, address and RFC, the owner's header, folio, date and time in the shop's zone, the
 * cashier, each line with quantity × price and its discount, the ticket discount, subtotal, taxes
 * per rate, total, tenders, change, the fiado balance after a fiado sale, the footer, and a cut.
 * Words come from the receipt bundle in the counter's language.
 */
public final class ReceiptBuilder {

    public static final String BUNDLE = "mx.michangarrito.pos.receipt.messages";
    private static final TextStyle CENTRED = TextStyle.NORMAL.aligned(Alignment.CENTER);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Locale locale;
    private final ResourceBundle words;

    public ReceiptBuilder(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.words = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The ticket of a stored sale. */
    public ReceiptDocument build(SaleTicket ticket, ReceiptSettings shop) {
        CompletedSale sale = ticket.sale();
        ReceiptDocument.Builder doc = ReceiptDocument.builder();
        doc.text(shop.shopName(), CENTRED.bolded().sized(TextSize.DOUBLE_HEIGHT));
        lines(doc, shop.address(), CENTRED);
        if (!shop.rfc().isEmpty()) {
            doc.text(word("rfc", shop.rfc()), CENTRED);
        }
        lines(doc, shop.header(), CENTRED);
        if (ticket.reprint()) {
            doc.text(word("reprint"), CENTRED.bolded().sized(TextSize.DOUBLE_HEIGHT));
        }
        doc.separator('=');
        doc.columns(word("folio"), sale.folio());
        doc.columns(word("date"), WHEN.format(sale.completedAt().atZone(shop.zone())));
        doc.columns(word("cashier"), ticket.cashier());
        doc.separator('-');
        for (CartLine line : sale.lines()) {
            line(doc, line);
        }
        doc.separator('-');
        totals(doc, sale);
        doc.separator('-');
        for (Tender tender : sale.tenders()) {
            doc.columns(tender(tender), money(tender.amount()));
        }
        if (sale.change().isPositive() || sale.tenders().stream().anyMatch(t -> t.kind() == TenderKind.CASH)) {
            doc.columns(word("change"), money(sale.change()), TextStyle.NORMAL.bolded());
        }
        for (SaleTicket.FiadoBalance balance : ticket.fiadoBalances()) {
            doc.separator('-');
            doc.text(word("fiado.balance", balance.customer()));
            doc.columns(word("fiado.owes"), money(balance.balance()), TextStyle.NORMAL.bolded());
        }
        if (!shop.footer().isEmpty()) {
            doc.separator('=');
            lines(doc, shop.footer(), CENTRED);
        }
        return doc.cut().build();
    }

    /** The receipt of a payment towards a fiado account. */
    public ReceiptDocument buildPayment(PaymentTicket payment, ReceiptSettings shop) {
        ReceiptDocument.Builder doc = ReceiptDocument.builder();
        doc.text(shop.shopName(), CENTRED.bolded().sized(TextSize.DOUBLE_HEIGHT));
        lines(doc, shop.address(), CENTRED);
        doc.text(word("payment.title"), CENTRED.bolded());
        doc.separator('=');
        doc.columns(word("folio"), payment.folio());
        doc.columns(word("date"), WHEN.format(payment.at().atZone(shop.zone())));
        doc.columns(word("cashier"), payment.cashier());
        doc.text(word("fiado.balance", payment.customer()));
        doc.separator('-');
        doc.columns(word("payment.before"), money(payment.before()));
        doc.columns(word("payment.amount", word("tender." + payment.tender().name().toLowerCase(Locale.ROOT))),
                money(payment.amount()), TextStyle.NORMAL.bolded());
        doc.columns(word("payment.after"), money(payment.after()), TextStyle.NORMAL.bolded());
        if (!shop.footer().isEmpty()) {
            doc.separator('=');
            lines(doc, shop.footer(), CENTRED);
        }
        return doc.cut().build();
    }

    /** A customer's fiado statement for a period: opening balance, each entry, the totals and the closing. */
    public ReceiptDocument buildStatement(StatementTicket statement, ReceiptSettings shop) {
        FiadoStatement s = statement.statement();
        ReceiptDocument.Builder doc = ReceiptDocument.builder();
        doc.text(shop.shopName(), CENTRED.bolded().sized(TextSize.DOUBLE_HEIGHT));
        lines(doc, shop.address(), CENTRED);
        doc.text(word("statement.title"), CENTRED.bolded());
        doc.separator('=');
        doc.text(word("fiado.balance", s.customer().name()));
        doc.columns(word("statement.period"), DAY.format(s.from()) + " - " + DAY.format(s.to()));
        doc.columns(word("date"), WHEN.format(statement.printedAt().atZone(shop.zone())));
        doc.columns(word("cashier"), statement.cashier());
        doc.separator('-');
        doc.columns(word("statement.opening"), money(s.opening()));
        for (StatementLine line : s.lines()) {
            FiadoEntry e = line.entry();
            doc.columns(DAY.format(e.createdAt().atZone(shop.zone())) + " "
                    + word("statement.kind." + e.kind().name().toLowerCase(Locale.ROOT)), money(e.signedAmount()));
        }
        doc.separator('-');
        doc.columns(word("statement.charges"), money(s.charges()));
        doc.columns(word("statement.payments"), "-" + money(s.payments()));
        if (s.credits().isPositive()) {
            doc.columns(word("statement.credits"), "-" + money(s.credits()));
        }
        doc.columns(word("statement.closing"), money(s.closing()), TextStyle.NORMAL.bolded());
        if (!shop.footer().isEmpty()) {
            doc.separator('=');
            lines(doc, shop.footer(), CENTRED);
        }
        return doc.cut().build();
    }

    /** The Z report of a closed shift (the corte de caja as printed). */
    public ReceiptDocument buildCorte(CorteTicket corte, ReceiptSettings shop) {
        return new CorteReceipt(locale, words).build(corte, shop);
    }

    private void line(ReceiptDocument.Builder doc, CartLine line) {
        doc.text(line.description());
        String quantity = line.weighed() ? word("qty.kg", line.quantity().setScale(3).toPlainString())
                : plain(line.quantity());
        doc.columns("  " + quantity + " x " + money(line.unitPrice()), money(line.gross()));
        if (line.discountAmount().isPositive()) {
            doc.columns("  " + word("discount.line"), "-" + money(line.discountAmount()));
        }
    }

    private void totals(ReceiptDocument.Builder doc, CompletedSale sale) {
        TaxBreakdown totals = sale.totals();
        Money lineDiscounts = Money.sum(sale.lines().stream().map(CartLine::discountAmount).toList());
        Money ticketDiscount = totals.discount().minus(lineDiscounts);
        if (ticketDiscount.isPositive()) {
            doc.columns(word("discount.ticket"), "-" + money(ticketDiscount));
        }
        doc.columns(word("subtotal"), money(totals.subtotal()));
        for (Map.Entry<IepsRate, RateTotal> ieps : totals.iepsTotals().entrySet()) {
            doc.columns(word("ieps", ieps.getKey().percent().toPlainString(), money(ieps.getValue().base())),
                    money(ieps.getValue().tax()));
        }
        for (Map.Entry<IvaRate, RateTotal> iva : totals.ivaTotals().entrySet()) {
            String label = iva.getKey() == IvaRate.EXEMPT ? word("iva.exempt", money(iva.getValue().base()))
                    : word("iva", plain(iva.getKey().rate().movePointRight(2)), money(iva.getValue().base()));
            doc.columns(label, money(iva.getValue().tax()));
        }
        doc.columns(word("total"), money(totals.total()), TextStyle.NORMAL.bolded().sized(TextSize.DOUBLE_HEIGHT));
    }

    private String tender(Tender tender) {
        String kind = word("tender." + tender.kind().name().toLowerCase(Locale.ROOT));
        return tender.reference().map(ref -> word("tender.reference", kind, ref)).orElse(kind);
    }

    private static void lines(ReceiptDocument.Builder doc, String text, TextStyle style) {
        if (!text.isEmpty()) {
            List.of(text.split("\\R")).stream().map(String::strip).filter(l -> !l.isEmpty())
                    .forEach(l -> doc.text(l, style));
        }
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String money(Money amount) {
        return MoneyFormat.format(amount);
    }

    private String word(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
