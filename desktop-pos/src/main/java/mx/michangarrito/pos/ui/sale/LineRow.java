package mx.michangarrito.pos.ui.sale;

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
}
