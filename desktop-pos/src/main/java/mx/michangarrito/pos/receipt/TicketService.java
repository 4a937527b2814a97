package mx.michangarrito.pos.receipt;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerService;
import mx.michangarrito.pos.fiado.FiadoLedger;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;

/**
 * Prints a stored sale's ticket and opens the drawer for cash, after the sale is committed: the ticket
 * goes to the printer's queue, so a printer problem never touches the sale. Keeps the last ticket so
 * the cashier can reprint it (marked as a reprint).
 */
public final class TicketService {

    private final Supplier<ReceiptSettings> shop;
    private final FiadoLedger fiado;
    private final CustomerService customers;
    private final ReceiptBuilder builder;
    private final TicketOutput output;
    private volatile SaleTicket last;

    public TicketService(Supplier<ReceiptSettings> shop, FiadoLedger fiado, CustomerService customers,
            ReceiptBuilder builder, TicketOutput output) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.fiado = Objects.requireNonNull(fiado, "fiado");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.output = Objects.requireNonNull(output, "output");
    }

    /**
     * Queues the ticket of a sale just stored and, when it took cash and the shop wants it, opens the
     * drawer (directly, so it opens even while the ticket waits for paper).
     *
     * @return the ticket as printed
     */
    public SaleTicket printSale(CompletedSale sale, String cashier) {
        ReceiptSettings settings = shop.get();
        List<SaleTicket.FiadoBalance> balances = sale.tenders().stream().filter(t -> t.kind() == TenderKind.FIADO)
                .map(Tender::customerId).flatMap(Optional::stream).distinct().map(this::balance).toList();
        SaleTicket ticket = new SaleTicket(sale, cashier, balances, false);
        last = ticket;
        if (settings.drawerOnCash() && sale.tenders().stream().anyMatch(t -> t.kind() == TenderKind.CASH)) {
            output.openDrawer();
        }
        output.print(sale.folio(), builder.build(ticket, settings));
        return ticket;
    }

    /** Queues the last ticket again, marked "REIMPRESIÓN"; empty when no sale was printed since the start. */
    public Optional<SaleTicket> reprintLast() {
        SaleTicket previous = last;
        if (previous == null) {
            return Optional.empty();
        }
        SaleTicket copy = previous.asReprint();
        ReceiptDocument document = builder.build(copy, shop.get());
        output.print(previous.sale().folio() + " (R)", document);
        return Optional.of(copy);
    }

    /**
     * Queues the ticket of any stored sale again, marked "REIMPRESIÓN" (the tickets screen). Fiado balances
     * are left off: today's balance is not the one the original ticket showed.
     */
    public SaleTicket reprint(CompletedSale sale, String cashier) {
        SaleTicket copy = new SaleTicket(sale, cashier, List.of(), true);
        output.print(sale.folio() + " (R)", builder.build(copy, shop.get()));
        return copy;
    }

    /** Queues the receipt of a fiado payment. */
    public void printPayment(PaymentTicket payment) {
        output.print(payment.folio(), builder.buildPayment(payment, shop.get()));
    }

    /** Queues a customer's statement for a period. */
    public void printStatement(StatementTicket statement) {
        output.print(statement.folio(), builder.buildStatement(statement, shop.get()));
    }

    /** Queues the Z report of a closed shift. */
    public void printCorte(CorteTicket corte) {
        output.print(corte.folio(), builder.buildCorte(corte, shop.get()));
    }

    private SaleTicket.FiadoBalance balance(UUID customerId) {
        String name = customers.find(customerId).map(Customer::name).orElse("");
        return new SaleTicket.FiadoBalance(name, fiado.balance(customerId));
    }
}
