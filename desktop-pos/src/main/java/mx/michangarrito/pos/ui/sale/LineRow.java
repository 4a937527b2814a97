package mx.michangarrito.pos.ui.sale;

import mx.michangarrito.pos.sale.CartLine;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.shared.money.Money;

/**
 * A cart line as the sale screen's table shows it, every figure already formatted.
 *
 * @param description the product as it was named when scanned
 * @param quantity    pieces, or kilograms with 3 decimals for weighed lines
 * @param unitPrice   the price per piece or per kg
 * @param discount    the line's discount in money, or "" when none
 * @param amount      what the line adds to the ticket after its discount
 */
public record LineRow(String description, String quantity, String unitPrice, String discount, String amount) {

    static LineRow of(CartLine line, Texts texts) {
        String quantity = line.weighed() ? line.quantity().toPlainString() + " kg"
                : line.quantity().stripTrailingZeros().toPlainString();
        Money discount = line.discountAmount();
        return new LineRow(line.description(), quantity, texts.money(line.unitPrice()),
                discount.isZero() ? "" : "-" + texts.money(discount), texts.money(line.gross().minus(discount)));
    }
}
