package mx.michangarrito.pos.receipt;

import java.text.MessageFormat;
import java.time.ZoneId;
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
import mx.michangarrito.pos.corte.CorteReport;
import mx.michangarrito.pos.corte.TenderFigures;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.RateTotal;

/**
 * Lays out the Z report printed when a shift closes: the shift's times and cashier, the float, sales by
 * tender, cash in/out, voids and returns, taxes by rate, and per tender what was expected, what was
 * counted and the faltante or sobrante. Words come from the receipt bundle.
 */
final class CorteReceipt {

    private static final TextStyle CENTRED = TextStyle.NORMAL.aligned(Alignment.CENTER);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final List<TenderKind> COUNTED = List.of(TenderKind.CASH, TenderKind.CARD, TenderKind.TRANSFER);

    private final Locale locale;
    private final ResourceBundle words;

    CorteReceipt(Locale locale, ResourceBundle words) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.words = Objects.requireNonNull(words, "words");
    }

    ReceiptDocument build(CorteTicket ticket, ReceiptSettings shop) {
        CorteReport r = ticket.report();
        ZoneId zone = shop.zone();
        ReceiptDocument.Builder doc = ReceiptDocument.builder();
        doc.text(shop.shopName(), CENTRED.bolded().sized(TextSize.DOUBLE_HEIGHT));
        doc.text(word("corte.title"), CENTRED.bolded());
        doc.separator('=');
        doc.columns(word("corte.opened"), WHEN.format(r.openedAt().atZone(zone)));
        doc.columns(word("corte.closed"), WHEN.format(r.closedAt().orElseThrow().atZone(zone)));
        doc.columns(word("cashier"), ticket.cashier());
        doc.separator('-');
        doc.columns(word("corte.float"), money(r.openingFloat()));
        doc.columns(word("corte.sales", r.tickets()), money(r.salesTotal()), TextStyle.NORMAL.bolded());
        for (TenderKind kind : TenderKind.values()) {
            Money amount = r.salesByTender().getOrDefault(kind, Money.ZERO);
            if (amount.isPositive()) {
                doc.columns("  " + tender(kind), money(amount));
            }
        }
        doc.columns(word("corte.cash-in"), money(r.cashIn()));
        doc.columns(word("corte.cash-out"), "-" + money(r.cashOut()));
        doc.columns(word("corte.voids", r.voids()), money(r.voidsTotal()));
        doc.columns(word("corte.returns", r.returns()), money(r.returnsTotal()));
        if (!r.iva().isEmpty() || !r.ieps().isEmpty()) {
            doc.separator('-');
            for (Map.Entry<IepsRate, RateTotal> ieps : r.ieps().entrySet()) {
                doc.columns(word("ieps", ieps.getKey().percent().toPlainString(), money(ieps.getValue().base())),
                        money(ieps.getValue().tax()));
            }
            for (Map.Entry<IvaRate, RateTotal> iva : r.iva().entrySet()) {
                String label = iva.getKey() == IvaRate.EXEMPT ? word("iva.exempt", money(iva.getValue().base()))
                        : word("iva", iva.getKey().rate().movePointRight(2).stripTrailingZeros().toPlainString(),
                                money(iva.getValue().base()));
                doc.columns(label, money(iva.getValue().tax()));
            }
        }
        for (TenderKind kind : COUNTED) {
            TenderFigures figures = r.tenders().get(kind);
            if (figures == null) {
                continue;
            }
            doc.separator('-');
            doc.text(tender(kind), TextStyle.NORMAL.bolded());
            doc.columns("  " + word("corte.expected"), money(figures.expected()));
            figures.counted().ifPresent(c -> doc.columns("  " + word("corte.counted"), money(c)));
            figures.difference().ifPresent(d -> doc.columns("  " + difference(d), money(d.abs()),
                    TextStyle.NORMAL.bolded()));
        }
        doc.separator('=');
        doc.text(word("corte.signature"), CENTRED);
        return doc.cut().build();
    }

    private String difference(Money d) {
        return d.isZero() ? word("corte.even") : word(d.isNegative() ? "corte.short" : "corte.over");
    }

    private String tender(TenderKind kind) {
        return word("tender." + kind.name().toLowerCase(Locale.ROOT));
    }

    private static String money(Money amount) {
        return MoneyFormat.format(amount);
    }

    private String word(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
